# billaudit 消息目錄：繁體中文（zh-TW）。
# 每條消息一個 id；三種語言的目錄必須有相同的 id（測試會檢查）。
# 金額、日期、檔案名稱由程式格式化後作為參數傳入。

## 通用

list-sep = 、
sentence = {$text}。
sentence-cited = {$text}（{$cite}）。
label-colon = ：
month-year = {$year}年{$month}月
month-only = {$month}月
month-range-same-year = {$year}年{$from}月至{$to}月
month-range = {$from}至{$to}
money-cny-spoken = {$amount}元

## 期限狀態

status-urgent = 緊急
status-passed = 已過
status-open = 現在可以
status-ahead = 未到

## 升級步驟：運營商

step-carrier-first-hotline = 先向運營商投訴（客服電話{$hotline}）。儘量選擇留有時間記錄的渠道，例如營業廳App或網上投訴、書面投訴並取得回執，並記下工單號。
step-carrier-first = 先向運營商投訴。儘量選擇留有時間記錄的渠道，例如營業廳App或網上投訴、書面投訴並取得回執，並記下工單號。
step-carrier-done = 已於{$date}向運營商投訴；請保留工單號和通話記錄。
step-carrier-refused = 運營商已於{$date}明確拒絕或給出不滿意的答覆；請保留相關記錄。

## 升級步驟：中國

cn-records-ahead = 按入網協議的通常約定，計費原始數據只保存5個月（不含當月）：請在{$date}之前免費索取爭議月份的收費清單（詳單）（{$cite}）。提出異議後，運營商應將有異議的話單保存到爭議解決為止。
cn-records-now = 已有{$count}筆爭議費用超過4個月（最早一筆為{$oldest}）。按入網協議的通常約定，計費原始數據只保存5個月：請現在就免費索取爭議月份的收費清單（詳單）（{$cite}），並明確提出異議，運營商應將有異議的話單保存到爭議解決為止。
cn-window-oldest = 收費爭議須在申訴事項發生之日起5個月內提出申訴（{$cite}）。本工具從帳期第一天起算，比較保守：最早一筆爭議費用（{$charge}）的申訴期限為{$date}。
cn-window-newest = 最近一筆爭議費用（{$charge}）的申訴期限為{$date}。
cn-window-passed-consumer = 已有{$count}筆超過申訴期限，這部分仍可以向運營商主張，或作為另一條途徑向12315或當地消費者協會投訴，也可以向法院起訴。
cn-window-passed = 已有{$count}筆超過申訴期限，這部分仍可以向運營商主張，或向法院起訴。
cn-appeal-risk = 注意：有{$count}筆爭議費用的申訴期限在可以申訴之前就會屆滿（最早一筆{$charge}的期限為{$date}，而申訴最早{$opens}才能提出）。請現在就要求運營商給出明確答覆；運營商明確拒絕的，當天即可申訴。
cn-last-safe-complaint = 最後安全投訴日：為保住最早一筆爭議費用（{$charge}）的申訴權，請最遲於{$date}向運營商投訴（投訴滿15日後才能申訴，而這筆費用的申訴期限為{$end}）。
cn-appeal-first = 申訴受理機構只受理已經向運營商投訴、且對處理結果不滿意或運營商15日內未答覆的申訴（{$cite}）。先向運營商投訴並記下工單號；之後向被申訴企業所在省（自治區、直轄市）的電信用戶申訴受理機構申訴（電話12300）。
cn-appeal-after = 已於{$complained}向運營商投訴。15日答覆期到{$expires}屆滿，{$opens}起可向被申訴企業所在省（自治區、直轄市）的電信用戶申訴受理機構申訴（電話12300；{$cite}）。如運營商在此之前明確拒絕，當天即可申訴。
cn-appeal-refused = 運營商已於{$date}明確拒絕或答覆不滿意，現在即可向被申訴企業所在省（自治區、直轄市）的電信用戶申訴受理機構申訴（電話12300；{$cite}）。
cn-consumer-alternative = 12315或當地消費者協會是另一條途徑，只在申訴不被受理或費用已超過申訴期限時使用，不要與申訴同時提出：消費者組織或其他行政機關已經受理的事項，申訴受理機構不予受理（{$cite_bar}；{$cite}）。
cn-court = 向法院起訴的訴訟時效為3年，自知道或應當知道權利受損之日起算（{$cite}）；按最早一筆爭議費用保守估算，約至{$date}。書面投訴可以中斷時效，請保留好。

## 升級步驟：美國

us-fcc = 運營商不解決的，可以向美國聯邦通信委員會提交非正式投訴（fcc.gov/complaints）；委員會會把投訴轉給運營商，運營商一般須在30日內答覆（{$cite}）。
us-fcc-telecom = 運營商不解決的，可以向美國聯邦通信委員會提交非正式投訴（fcc.gov/complaints）；委員會會把投訴轉給運營商，運營商一般須在30日內答覆（{$cite}）。帳單上的每項收費都應附有清楚的說明（{$cite_billing}）。
us-state = 也可以向所在州的公用事業委員會或州檢察長投訴（州公用事業委員會對無線和寬頻業務的管轄有限）。
us-bank = 從銀行帳戶扣款（借記卡或自動轉帳）的：在載有該筆扣款的對帳單寄出後60日內書面通知銀行（{$cite}）；最早一筆爭議扣款（{$debit}）約在{$date}之前。銀行處理不當的，可以向消費者金融保護局投訴（consumerfinance.gov/complaint）。
us-card = 用信用卡支付的：在載有該筆費用的第一張帳單寄出後60日內向發卡機構提出書面爭議（{$cite}）；最早一筆爭議費用（{$charge}）約在{$date}之前，帳單日較晚的以帳單日起算。
us-business-bank = 企業帳戶：銀行扣款和信用卡爭議的消費者保護規定不適用，以銀行或發卡機構與企業的協議為準。
us-small-claims = 請查看合同是否有仲裁條款；小額訴訟法庭通常仍可使用。

## 升級步驟：英國

gb-adr-first = 先向運營商投訴。收到僵局函（deadlock letter）後，或投訴滿{$weeks}週後，可以把爭議提交運營商所屬的替代性爭議解決機構（通信申訴專員或CISAS；運營商的信件會寫明是哪一家，英國通信管理局網站也可查詢）。該程序免費，裁決只有在您接受時才對運營商有約束力（{$cite}）。
gb-adr-after = 已於{$complained}向運營商投訴：收到僵局函後，或投訴滿{$weeks}週後（{$date}起），可以把爭議提交運營商所屬的替代性爭議解決機構（通信申訴專員或CISAS）。該程序免費，裁決只有在您接受時才對運營商有約束力（{$cite}）。
gb-adr-deadlock = 運營商已於{$date}出具僵局函或拒絕解決：現在即可把爭議提交運營商所屬的替代性爭議解決機構（通信申訴專員或CISAS）（{$cite}）。

## 升級步驟：其他國家

generic-local = 本工具沒有{$country}的已核對法規：請書面投訴並保留所有編號；運營商不解決的，請向{$country}的電信監管機構或消費者保護機構諮詢下一步。
generic-local-unknown = 配置中沒有寫明國家（[account] country），本工具不引用任何法規：請書面投訴並保留所有編號；運營商不解決的，請向所在地的電信監管機構或消費者保護機構諮詢下一步。

## 法律依據表

legal-provision = 條文
legal-says = 內容
legal-source = 核對所依據的文本
legal-source-inline = （核對依據：{$source}）
cite-appeal-9 = 《電信用戶申訴處理辦法》第九條
prov-appeal-9 = 申訴由被申訴人所在省、自治區、直轄市的電信用戶申訴受理機構受理；未設立的，由工業和信息化部電信用戶申訴受理中心受理。
cite-appeal-10 = 《電信用戶申訴處理辦法》第十條
prov-appeal-10 = 申訴須滿足：申訴人與申訴事項有直接利害關係；有明確的被申訴人；有具體的申訴要求和事實根據；已向被申訴人投訴，且對其處理結果不滿意或其未在15日內答覆。
cite-appeal-11-1 = 《電信用戶申訴處理辦法》第十一條第一項
prov-appeal-11-1 = 屬於收費爭議的申訴，申訴事項發生時距提起申訴時超過五個月的，不予受理。
cite-appeal-11-4 = 《電信用戶申訴處理辦法》第十一條第四項
prov-appeal-11-4 = 人民法院、仲裁機構、消費者組織或者其他行政機關已經受理或者處理的，不予受理。
cite-appeal-12 = 《電信用戶申訴處理辦法》第十二條
prov-appeal-12 = 申訴應寫明：申訴人姓名或名稱、地址、電話號碼、郵政編碼；被申訴人名稱、地址；申訴要求、理由、事實根據；申訴日期。
cite-appeal-13 = 《電信用戶申訴處理辦法》第十三條
prov-appeal-13 = 申訴人未向被申訴人投訴的，申訴受理機構告知其先向被申訴人投訴。
cite-telecom-33 = 《電信條例》第三十三條
prov-telecom-33 = 國內長途通信、國際通信、移動通信和信息服務等收費清單，用戶要求時，電信業務經營者應當免費提供。
cite-telecom-39 = 《電信條例》第三十九條
prov-telecom-39 = 用戶對收費有異議的，可以要求電信業務經營者解決；拒不解決或對結果不滿意的，可以向電信管理機構或其他有關部門申訴，收到申訴的機關應在30日內答覆。
cite-consumer-26 = 《消費者權益保護法》第二十六條
prov-consumer-26 = 經營者不得以格式條款作出對消費者不公平、不合理的規定；格式條款含有此類內容的，其內容無效。僅適用於為生活消費的消費者。
cite-consumer-39 = 《消費者權益保護法》第三十九條
prov-consumer-39 = 消費爭議可以協商和解、請求消費者協會或依法成立的調解組織調解、向有關行政部門投訴、依仲裁協議申請仲裁或向法院起訴。僅適用於消費者。
cite-civil-496 = 《民法典》第四百九十六條
prov-civil-496 = 提供格式條款的一方應提示對方注意與其有重大利害關係的條款，並按對方要求予以說明；未履行提示或說明義務的，對方可以主張該條款不成為合同的內容。
cite-civil-497 = 《民法典》第四百九十七條
prov-civil-497 = 格式條款不合理地免除或減輕提供方責任、加重對方責任、限制對方主要權利，或排除對方主要權利的，該條款無效。
cite-civil-577 = 《民法典》第五百七十七條
prov-civil-577 = 當事人一方不履行合同義務或履行不符合約定的，應當承擔繼續履行、採取補救措施或賠償損失等違約責任。
cite-civil-585 = 《民法典》第五百八十五條
prov-civil-585 = 約定的違約金過分高於造成的損失的，人民法院或仲裁機構可以根據當事人的請求予以適當減少；與運營商協商時只是一個理由。
cite-civil-985 = 《民法典》第九百八十五條
prov-civil-985 = 得利人沒有法律根據取得不當利益的，受損失的人可以請求其返還。
cite-civil-188 = 《民法典》第一百八十八條
prov-civil-188 = 向人民法院請求保護民事權利的訴訟時效期間為三年，自權利人知道或應當知道權利受到損害以及義務人之日起計算。
cite-cfr-64-2401 = 美國《聯邦法規彙編》第47編第64.2401條
prov-cfr-64-2401 = 帳單真實性：每項收費都須附有簡明、清楚、不誤導的說明，並列明提供該服務的公司；不適用於寬頻上網服務。
cite-fcc-informal = 美國聯邦通信委員會非正式投訴程序
prov-fcc-informal = 向聯邦通信委員會提交的非正式投訴會轉給運營商，運營商一般須在30日內書面答覆。
cite-reg-e-1005-11 = 美國《聯邦法規彙編》第12編第1005.11條（E條例）
prov-reg-e-1005-11 = 消費者在載有電子轉帳錯誤的對帳單寄出後60日內通知銀行的，銀行須調查並更正錯誤。僅適用於消費者帳戶。
cite-fcba-1666 = 美國《誠實信貸帳單法》（《美國法典》第15編第1666條）
prov-fcba-1666 = 消費者在載有帳單錯誤的第一張帳單寄出後60日內書面通知發卡機構的，發卡機構須調查並更正。僅適用於消費者信用卡。
cite-ofcom-adr = 英國通信管理局關於替代性爭議解決的規定
prov-ofcom-adr = 運營商必須加入經批准的替代性爭議解決機構（通信申訴專員或CISAS）；客戶在收到僵局函後，或投訴滿8週後（2026年4月8日起的投訴為6週），可以免費提交爭議。

src-measures = 《電信用戶申訴處理辦法》（工業和信息化部令第35號）第九至十四條全文；工業和信息化部湖北省通信管理局電信用戶申訴頁面（hubca.miit.gov.cn/gzcy/dxyhss/）
src-regulations = 《中華人民共和國電信條例》（2016年修訂）全文
src-consumer-law = 《中華人民共和國消費者權益保護法》（2013年修正）全文
src-civil-code = 《中華人民共和國民法典》（2020年）全文
src-civil-code-unchecked = 《中華人民共和國民法典》（2020年）；本條未逐字重新核對
src-cfr-64 = 美國《聯邦法規彙編》第47編第64.2400至64.2401條（2014年文本；第64.2401條(b)款自2005年起適用於無線業務，見《聯邦公報》第70卷第29979頁）
src-fcc = 美國聯邦通訊委員會消費者投訴中心頁面（consumercomplaints.fcc.gov，官方說明）
src-reg-e = 《美國法典》第15編第1693f條；《聯邦法規彙編》第12編第1005.11條；本表未逐字重新核對
src-fcba = 《美國法典》第15編第1666條；《聯邦法規彙編》第12編第1026.13條；本表未逐字重新核對
src-ofcom = 英國通信管理局替代性爭議解決頁面（官方說明）；該局2025年7月8日的聲明及通信申訴專員的新聞稿：2026年4月8日起等待期為6週（二手資料）

## 通話腳本：證據

script-the-line = 這條線路
script-part = {$when}{$amount}
ev-after-cancellation = {$service}已於{$date}申請停用，但停用之後仍被收費，共{$amount}（{$parts}；停用當月按停用後的天數折算）。
ev-after-cancellation-undated = {$service}申請停用之後仍被收費，共{$amount}（{$parts}）。
ev-unexplained-deduction = {$dates}帳戶被扣款共{$amount}，找不到任何帳單與之對應。
ev-duplicate-payment = {$dates}同一張帳單被重複扣款，多扣了{$amount}。
ev-payment-mismatch = {$months}實際扣款比帳單金額多出{$amount}。
ev-duplicate-charge = {$months}帳單上同一項目重複收費，共{$amount}。
ev-usage-fee-unbacked = {$months}帳單收取了使用費共{$amount}，但詳單裡沒有對應的使用記錄。
ev-charge-during-suspension = {$months}線路在停機保號期間仍被收取{$amount}。
ev-unsubscribed-charge = {$months}帳單上有我們從未訂購的業務，共收費{$amount}。
ev-price-above-contract = {$months}收費高於合同約定的價格，多收了{$amount}。
ev-bill-total-mismatch = {$months}帳單總額與明細對不上，差額{$amount}。
ev-promised-refund-missing = 客服承諾的退款{$amount}到現在還沒有入帳。
ev-termination-fee = {$months}的帳單另外收取了提前解約違約金{$amount}。
ev-unused-service = {$months}，{$service}沒有任何使用記錄，這{$count}個月的月租在這一項中計{$amount}。
ev-other = {$months}另有費用共{$amount}需要核實。
ev-overlap = 其中{$months}另有{$amount}已計入其他項，不重複計算。
ev-total = 以上合計{$amount}。
ev-documents = 帳單、銀行流水和詳單我都有，需要的話可以發給你們核對。

## 通話腳本：權益

right-after-cancellation = 停用之後的收費沒有合同依據，應當全額退還
right-unexplained-debit = 沒有帳單依據的扣款，請退還，或者告訴我這筆錢對應的是哪一張帳單
right-billing-error = 帳單上的這些收費與合同和實際情況不符，應當退還
right-termination-fee-cn = 關於違約金，請出示合同中的違約金條款，以及簽約時向我們提示、說明該條款的記錄（{$cite_prompt}）。沒有提示說明的，該條款不構成合同內容；即使條款有效，金額明顯過高的也可以請求調減（{$cite_reduce}，最終由法院或仲裁機構認定）。
right-termination-fee = 關於提前解約違約金，請出示合同中的相關條款，以及簽約時告知我們的記錄
right-idle-request = 這條線路連續{$count}個月沒有任何使用記錄，麻煩後臺核實這段時間線路是否正常可用；我們請求減免這段時間的月租。
right-records-cn = 請免費提供爭議月份的收費清單（詳單）
right-appeal-cn = 對收費有異議，我們可以投訴，也可以向電信用戶申訴受理機構申訴
right-descriptions-us = 帳單上的每一項收費都應當有清楚的說明
right-records = 請提供爭議月份的逐項收費明細和使用記錄

## 通話腳本：要求

demand-refund = 請退還上面確定多收的費用，共{$amount}。
demand-clause = 請出示違約金條款和簽約時的提示、說明記錄；拿不出來的，請免除這筆{$amount}。
demand-waive = 請核實線路在{$months}是否正常可用，並減免這段時間的月租{$amount}。
demand-confirm-cancellation = 請確認{$service}已於{$date}停用，此後不再產生任何費用。
demand-stop = 請停止{$service}，此後不再收費。
demand-records = 請免費提供業務訂購憑證和爭議月份的收費清單（詳單）。
demand-hand-off = 我理解您這邊可能沒有權限直接退費，麻煩您把情況轉給投訴專席或後臺處理。
demand-call-back = 請在{$hours}小時內回電或發短信告訴我處理方案；如果需要後臺核實，請告訴我具體什麼時候答覆。
demand-read-back = 最後跟您核對一下：工單號是多少？您的工號是多少？答覆時間是哪天？我記一下，謝謝您。

## 通話腳本：開場

opening-business = 您好，我是{$holder}的經辦人，帳號{$numbers}。想就近幾個月的帳單正式登記一個投訴，涉及金額共{$total}，麻煩您幫我建一個投訴工單，謝謝。
opening-business-no-number = 您好，我是{$holder}的經辦人。想就近幾個月的帳單正式登記一個投訴，涉及金額共{$total}，麻煩您幫我建一個投訴工單，謝謝。
opening-consumer = 您好，我是機主，號碼{$numbers}。想就近幾個月的帳單正式登記一個投訴，涉及金額共{$total}，麻煩您幫我建一個投訴工單，謝謝。
opening-consumer-no-number = 您好，我是機主。想就近幾個月的帳單正式登記一個投訴，涉及金額共{$total}，麻煩您幫我建一個投訴工單，謝謝。

## 通話時記下

check-time = 通話日期和時間
check-ticket = 工單號
check-agent = 客服姓名或工號
check-promise = 對方承諾了什麼
check-by-when = 承諾的期限

## 沒有合理答覆時

if-no-answer-call-again-hotline = {$hours}小時內沒有答覆：再次致電{$hotline}，報上工單號，請求轉投訴專席升級處理，並保留通話記錄。
if-no-answer-call-again = {$hours}小時內沒有答覆：再次致電運營商客服，報上工單號，請求轉投訴專席升級處理，並保留通話記錄。
if-no-answer-business-channel = 企業帳戶也可以直接聯繫政企客戶經理或政企客服熱線，同樣請對方登記投訴工單。

## 案件狀態：下一步

next-call-carrier-hotline = 打運營商客服{$hotline}投訴，照證據包裡的通話腳本說，記下工單號；然後執行 billaudit case log {$case} --call --ticket 工單號 --agent 客服工號 --promised "承諾內容"。
next-call-carrier = 打運營商客服投訴，照證據包裡的通話腳本說，記下工單號；然後執行 billaudit case log {$case} --call --ticket 工單號 --agent 客服工號 --promised "承諾內容"。
next-ask-records-cn = 現在就免費索取爭議月份的收費清單（詳單）（{$cite}）：按入網協議的通常約定，原始話單隻保存5個月。
next-ask-records = 現在就向運營商索取爭議月份的逐項收費明細和使用記錄，並保存好。
next-wait = 等到{$date}，把新的帳單和流水匯出放進案件資料夾，再執行 billaudit case status {$case}。
next-call-again-cn = 投訴後第16天起，或運營商明確拒絕時，即可申訴。
next-call-again-gb = 收到僵局函或等待期滿後，即可提交替代性爭議解決機構。
next-call-again-hotline = 再次致電{$hotline}，報上工單號，請求升級處理，並請對方回電或短信告知方案。{$then}運營商明確拒絕的，執行 billaudit case log {$case} --refused 記下來。
next-call-again = 再次致電運營商客服，報上工單號，請求升級處理，並請對方回電或短信告知方案。{$then}運營商明確拒絕的，執行 billaudit case log {$case} --refused 記下來。
next-appeal-cn = 向被申訴企業所在省（自治區、直轄市）的電信用戶申訴受理機構申訴（電話12300；{$cite}）：billaudit case appeal {$case} 產生申訴材料。
next-consumer-alternative = 已超過申訴期限的費用，可以另外向12315或當地消費者協會投訴；同一事項不要與申訴同時提出（{$cite_bar}；{$cite}）。
next-fcc = 向美國聯邦通信委員會提交非正式投訴（fcc.gov/complaints；{$cite}）：billaudit case appeal {$case} 產生投訴內容。
next-adr = 把爭議提交運營商所屬的替代性爭議解決機構（通信申訴專員或CISAS；{$cite}）：billaudit case appeal {$case} 產生申請內容。
next-local = 向{$country}的電信監管機構或消費者保護機構諮詢下一步：billaudit case appeal {$case} 產生書面投訴內容。
next-local-unknown = 向所在地的電信監管機構或消費者保護機構諮詢下一步：billaudit case appeal {$case} 產生書面投訴內容。
next-nothing = 沒有發現問題，也沒有進行中的投訴，無需處理。
next-done = 承諾的退款都已入帳，請保留好所有記錄。

## 承諾的退款

promised-refund-title = 承諾的退款{$amount}未入帳
promised-refund-reason = {$date}通話中，客服{$agent}承諾（工單號{$ticket}）：“{$promise}”。截至{$as_of}，之後的帳單和流水中只找到{$found}的退款或抵扣，仍差{$missing}。

## 申訴材料

appeal-title = { $route ->
    [cn] 電信用戶申訴
    [us] 致美國聯邦通信委員會的非正式投訴
    [gb] 替代性爭議解決申請
   *[other] 書面投訴
}
appeal-f-appellant = { $route ->
    [cn] 申訴人（姓名或名稱）
   *[other] 投訴人（姓名或名稱）
}
appeal-f-contact-person = 聯繫人
appeal-f-address = 地址
appeal-f-postcode = 郵政編碼
appeal-f-phone = 電話號碼
appeal-f-respondent = { $route ->
    [cn] 被申訴人（全稱）
   *[other] 被投訴的運營商（全稱）
}
appeal-f-respondent-address = { $route ->
    [cn] 被申訴人地址
   *[other] 運營商地址
}
appeal-f-numbers = 涉及號碼或帳號
appeal-f-demands = { $route ->
    [cn] 申訴請求
   *[other] 請求
}
appeal-f-facts = 事實和理由
appeal-f-prior = { $route ->
    [cn] 已向被申訴人投訴情況
   *[other] 已向運營商投訴情況
}
appeal-f-exhibits = 附件
appeal-f-basis = 依據
appeal-f-omitted = 未列入的事項
appeal-f-date = { $route ->
    [cn] 申訴日期
   *[other] 日期
}
appeal-ask-full-name = {$carrier}（全稱請按合同或發票填寫：{$blank}）
appeal-omitted-review = 未列入：{$title}（僅需核實，不構成爭議金額）。
appeal-omitted-window = 未列入：{$title}（收費爭議的申訴期限已於{$date}屆滿；仍可向運營商主張或向法院起訴）。
appeal-demand-refund = 退還停用後收取的費用、無帳單依據的扣款及其他多收費用，共{$amount}。
appeal-demand-clause = 出示違約金條款及簽約時的提示、說明記錄；不能出示的，免除違約金{$amount}。
appeal-demand-waive = 核實線路在{$months}是否正常可用，並減免該期間的月租{$amount}。
appeal-demand-confirm-cancellation = 確認{$service}已於{$date}停用，此後不再產生任何費用。
appeal-demand-stop = 停止{$service}，此後不再收費。
appeal-demand-records-cn = 免費提供業務訂購憑證及爭議月份的收費清單（詳單）（{$cite}）。
appeal-demand-answer-cn = 在規定期限內答覆（{$cite}）。
appeal-demand-records = 提供業務訂購記錄及爭議月份的逐項收費明細。
appeal-no-facts = 沒有需要申訴的爭議費用。
appeal-facts-total = 以上爭議金額合計{$amount}，各項互不重複。
appeal-prior-none = 尚未向運營商投訴。申訴受理機構只受理已向被申訴人投訴的申訴，請先投訴並記下工單號。
appeal-not-recorded = 未記錄
appeal-channel-call = 電話
appeal-channel-letter = 書面
appeal-channel-other = 其他方式
appeal-prior-entry = {$when}通過{$channel}向{$carrier}投訴，工單號{$ticket}，客服工號{$agent}。
appeal-prior-promise = 對方承諾：“{$promise}”。
appeal-prior-refused = 對方明確拒絕或答覆不滿意。
appeal-prior-15-days-passed = 自{$date}投訴起，截至{$as_of}已滿15日，問題仍未解決。
appeal-prior-unsatisfied = 對運營商的處理結果不滿意。
appeal-prior-15-days-open = 投訴尚未滿15日（{$date}起滿15日）；如運營商明確拒絕，可以立即申訴。
appeal-exhibit-bills = 帳單（{$months}）：{$files}
appeal-exhibit-statements = 銀行或支付流水：{$files}
appeal-exhibit-usage = 詳單：{$files}
appeal-exhibit-log = 投訴和通話記錄：{$files}
appeal-exhibit-other = 其他材料：{$files}
appeal-exhibit-contract = 合同或入網協議、停用申請受理憑證（如有）
appeal-note-no-complaint = 注意：尚未記錄向運營商的投訴，現在提交會被退回，請先投訴。
appeal-note-not-ready = 注意：現在提交可能還不會被受理（投訴未滿等待期，運營商也尚未拒絕）。

## 管轄說明

note-country-from-carrier = 設定中沒有寫明國家（[account] country），按運營商{$carrier}取為{$country}；如不對，請在設定中寫明。
note-country-from-currency = 設定中沒有寫明國家（[account] country），按幣種{$currency}取為{$country}；如不對，請在設定中寫明。
note-country-unknown = 設定中沒有寫明國家（[account] country），運營商和幣種也無法判斷：報告不引用任何法規。
note-holder-business = 按戶名判斷為企業帳戶（[account] holder_type 未填寫）：不引用只保護消費者的法規和機構；如是個人帳戶，請寫 holder_type = "consumer"。
note-holder-consumer = 按戶名判斷為個人消費者帳戶（[account] holder_type 未填寫）；如是企業帳戶，請寫 holder_type = "business"。

## 報告：終端與 Markdown

report-audit-of = 稽核
report-skipped = 略過
report-rows-could-not-be-read-see = 列無法讀取（見 billaudit import）
report-nothing-flagged = 沒有發現問題。
report-assumptions = 假設與說明
report-next-billaudit-audit-case-evidence-evide = 下一步：billaudit audit CASE --evidence evidence.md 產生證據清單和通話腳本。
report-disputed-total = 爭議總額
report-disputed-items = 項爭議
report-findings = 項發現
report-for-review-not-in-the-disputed = 僅供核實（不計入爭議總額）
report-evidence-list-and-call-script = 證據清單與通話腳本
report-account-holder = 用戶
report-carrier = 電信業者
report-hotline = 客服電話
report-numbers = 號碼/帳號
report-findings-2 = 發現
report-as-of = 截至日期
report-timeline = 時間線
report-date = 日期
report-event = 事件
report-source-document = 來源檔案
report-findings-and-evidence = 問題與證據
report-call-script = 通話腳本
report-1-evidence = 一、擺證據
report-2-rights = 二、擺權益
report-3-demands = 三、提要求
report-write-down-during-the-call = 通話時記下
report-if-no-fair-answer-comes = 沒有合理答覆時
report-legal-basis = 法律依據
report-evidence = 證據
report-disputed-record = 爭議對象
report-disputed-amount = 爭議金額
report-argument = 理由
report-rule = 規則
report-amount-for-review-not-in-the = 金額（僅供核實，不計入爭議總額）
report-not-recognised = 未識別
table-period = 帳期
table-rules = 規則
table-service = 業務
table-item = 項目
table-disputed = 爭議金額
table-source = 來源
report-files-read = 讀取{$files}個檔案中的{$usable}個，共{$records}筆記錄。

## 證據包（HTML）

pack-title = 帳單爭議證據包
pack-holder = 用戶
pack-numbers = 號碼/帳號
pack-carrier = 電信業者
pack-hotline = 客服電話
pack-disputed-total = 爭議總額
pack-findings = 問題數
pack-periods = 帳期
pack-as-of = 截至日期
pack-deadlines = 適用的期限
pack-date = 日期
pack-status = 狀態
pack-what = 事項
pack-timeline = 時間線
pack-event = 事件
pack-source = 來源檔案
pack-items = 爭議項目與證據
pack-period = 帳期
pack-amount = 爭議金額
pack-bill = 帳單行
pack-payment = 銀行/支付記錄
pack-usage = 使用記錄
pack-other = 其他依據
pack-reason = 理由
pack-rule = 規則
pack-none = 沒有發現問題。
pack-charts = 圖表
pack-legal = 法律依據
pack-provision = 條文
pack-content = 內容
pack-legal-note = 每一條都註明了核對所依據的文本；具體以現行官方文本為準。
pack-script = 通話腳本
pack-evidence = 一、擺證據
pack-rights = 二、擺權益
pack-demands = 三、提要求
pack-no-answer = 沒有合理答覆時
pack-checklist = 通話時記下
pack-escalation = 升級途徑與期限
pack-assumptions = 假設與說明
pack-sep = 。
pack-timeline-note = 紅色底紋 = 爭議事件；黃色底紋 = 案件記錄（通話、承諾）。
pack-no-provisions = 核對過的條文表中沒有適用於該國家/地區的條文；請參考業者條款和當地主管機關。
pack-generated = 由 billaudit 產生；所有金額、日期均來自上列檔案。
pack-chart-idle = 紅色斜線 = 有收費但詳單顯示無任何使用的月份
pack-chart-pay = 按帳期對比帳單金額與對應扣款；黃色背景 = 有無帳單對應的扣款
pack-ticket = 工單號
pack-agent = 客服
pack-promised = 承諾
pack-call-to-the-carrier = 致電業者
pack-written-complaint = 書面申訴
pack-appeal-filed = 提交申訴
pack-note = 備註
pack-part-sep = ；
pack-no-matching-debit-found = （未找到對應扣款）
pack-high = 高
pack-medium = 中
pack-low = 低
pack-info = 提示
timeline-period = {$period}（帳期）
timeline-bill = 帳單 {$amount}，{$lines} 項
timeline-debit = 扣款 {$amount} → {$payee}（{$description}）
timeline-debit-unbilled = 扣款 {$amount} → {$payee}（{$description}），無對應帳單
timeline-credit = 退款/入帳 {$amount} ← {$payee}（{$description}）
timeline-service-start = 開通 {$service}
timeline-service-cancelled = 申請停用 {$service}
pack-usage-summary = {$period}：{$records} 筆記錄，{$seconds}，{$bytes}
pack-cancellation-evidence = {$location} — {$service} 於 {$date} 申請停用
pack-idle-months = 閒置月份（{$count} 個）：{$months}

## 規則的標題和理由（rules/*.toml；案件自己的規則可以在檔案裡寫 [title] 和 [argument]）

rule-bill-total-mismatch-title = {$period} 帳單明細合計 {$sum} 與總額 {$stated} 不符
rule-bill-total-mismatch-argument = {$period} 帳單各項合計 {$sum}，帳單總額卻為 {$stated}（差額 {$difference}）。請提供完整的費用清單並說明差額。
rule-charge-after-cancellation-title = {$period} {$service} 已申請停用仍被收費
rule-charge-after-cancellation-argument = 已於 {$cancelled} 申請停用 {$service}，但 {$period} 仍收取 {$item} {$billed}，其中 {$amount}（{$share}）屬於停用之後，應予退還。
rule-charge-during-suspension-title = {$period} {$service} 停機保號期間仍被收費
rule-charge-during-suspension-argument = {$service} 於 {$suspended} 辦理停機保號，但 {$period} 仍收取 {$item} {$billed}，其中 {$amount}（{$share}）屬於停機期間。停機期間只應收取保號費，應予退還。
rule-duplicate-charge-title = {$period} 重複收費：{$item}
rule-duplicate-charge-argument = {$period} 帳單中 {$item} 出現 {$count} 次，重複收取 {$amount}，應予退還。
rule-duplicate-payment-title = {$period} 帳單 {$billed} 被重複支付
rule-duplicate-payment-argument = {$period} 帳單 {$billed} 已於 {$first_date} 向 {$first_payee} 付清，{$date} 又向 {$payee} 支付 {$amount}（{$item}）。請退還重複支付的款項，或書面確認已計入帳戶餘額。
rule-new-charge-title = {$period} 新增收費項目：{$item}
rule-new-charge-argument = {$item}（{$amount}）自 {$first} 起的帳單中從未出現，{$period} 首次收取。請提供該業務的訂購記錄；本人未訂購的應予退訂並退費。
rule-payment-mismatch-title = {$period} 帳單 {$billed}，實際扣款 {$paid}
rule-payment-mismatch-argument = {$period} 帳單總額為 {$billed}，但實際扣款 {$paid}，多扣 {$amount}，應予退還。
rule-price-above-contract-title = {$period} {$service} 收費 {$billed} 高於合約價 {$contracted}
rule-price-above-contract-argument = 合約約定 {$service} 每月 {$contracted}，但 {$period} 帳單收取 {$billed}（{$item}），超出 {$amount}。電信業者不得在合約期內單方面調價，超出部分應予退還。
rule-price-change-title = {$period} {$item} 由 {$before} 變為 {$now}
rule-price-change-argument = {$item} 在 {$previous} 收取 {$before}，{$period} 卻收取 {$now}（變動 {$amount}）。資費調整須事先告知並經本人同意，請說明調價依據，未經同意的差額應予退還。
rule-promo-expired-title = {$period} {$service} 合約期內優惠 {$item} 消失
rule-promo-expired-argument = {$service} 合約期至 {$term_end}，{$given_in} 的帳單仍有優惠 {$item}（{$discount}），{$period} 的帳單卻沒有該優惠。合約期內的優惠不得單方面取消，應補回 {$amount}。
rule-recurring-unknown-title = {$payee} 每月扣款 {$each}，沒有對應的業務
rule-recurring-unknown-argument = {$first} 至 {$last} 期間，{$payee} 在 {$months} 個月共扣款 {$count} 次，每次 {$each}，合計 {$amount}，既沒有對應帳單，也不屬於已登記的業務。如確為本人業務，請在 billaudit.toml 中補充：{$suggestion}；否則請要求說明扣款依據、停止扣款並退還。
rule-termination-fee-title = {$period} 提前解約違約金 {$amount} 需核實
rule-termination-fee-argument = {$period} 收取 {$item} {$amount}。請運營商出示合約中的違約金條款及簽約時的提示、說明記錄：未提示說明的，該條款不構成合約內容；金額明顯過高的，可以請求調減。
rule-unexplained-deduction-title = {$date} 扣款 {$amount} 沒有對應帳單
rule-unexplained-deduction-argument = {$date} 向 {$payee} 扣款 {$amount}（{$item}），但沒有任何帳單與之對應。請說明該筆扣款的依據，否則退還。
rule-unsubscribed-charge-title = {$period} 未訂購的收費項目：{$item}
rule-unsubscribed-charge-argument = {$period} 帳單收取了 {$item} {$amount}，但本人從未訂購該業務。請提供訂購記錄；無法提供則應退還。
rule-unused-service-title = {$period} {$service} 無使用記錄卻被收費
rule-unused-service-argument = {$period} 的詳單中 {$service} 沒有任何使用記錄，但帳單收取了 {$amount}（{$item}）。請運營商核實線路在該月是否正常可用，並請求減免該月費用。
rule-usage-fee-unbacked-title = {$period} {$service} 使用費 {$billed} 超出詳單記錄 {$recorded}
rule-usage-fee-unbacked-argument = {$period} 帳單收取使用費 {$billed}（{$item}），而同期詳單 {$records} 筆記錄的費用合計只有 {$recorded}，多收 {$amount}。使用費必須有詳單支持，無記錄支持的部分應予退還。
check-usage-summary = {$records} 條記錄，{$seconds}，{$bytes}
check-share-after-cancellation = 取消後 {$after}/{$days} 天
check-share-suspended = 停機 {$off}/{$days} 天
check-whole-month = 整月

## 命令列：規則與案件狀態

status-case = 案件
status-as-of = 截至
status-disputed-total = 爭議總額
status-findings = 項發現
status-log = 記錄
status-nothing-logged-yet = （還沒有記錄）
status-call = 致電
status-letter = 書面申訴
status-appeal = 申訴
status-note = 備註
status-ticket = 工單號
status-agent = 客服
status-promises = 承諾
status-kept = 已兌現
status-pending = 未到期
status-not-kept = 未兌現
status-not-checkable = 無法自動核對
status-due = 期限
status-found = 已找到
status-new-findings = 新發現
status-evidence = 證據
status-deadlines = 期限
status-next-step = 下一步
rules-explain-hint = billaudit explain 規則ID 顯示規則的作用和意義。
appeal-date-line = 日期：{$date}

## 非本案幣別的金額

apart-summary = {$count} 筆金額的幣別不是本案的 {$case}，已另行列出：不計入合計，不參與比對，也不列入爭議。
apart-record = {$at}：{$amount} {$currency}（{$what}）已另行列出，未以 {$case} 計算。
apart-more = 另有 {$count} 筆其他幣別的金額，見各檔案的匯入摘要（billaudit import）。
report-kept-apart = 另行列出（其他幣別）
report-currencies = 檔案所列幣別

## 無法讀取的詳單列

unread-usage-dated = {$file}：{$months}有 {$rows} 列詳單無法讀取，可讀的紀錄中沒有 {$service} 的使用；這些月份不作為 {$service} 未使用的證據。
unread-usage-undated = {$file}：有 {$rows} 列詳單無法讀取，日期不明；{$months}可讀的紀錄中沒有 {$service} 的使用，但這些月份不作為 {$service} 未使用的證據。
