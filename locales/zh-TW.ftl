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
report-next-billaudit-audit-case-evidence-evide = 下一步：執行 billaudit audit 案件資料夾 --evidence evidence.md，產生證據清單和通話腳本。
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

## 語言、數字與日期

meta-language-name = 繁體中文（台灣）
meta-locales = zh-TW zh-HK zh-MO zh-Hant
money =
    {$sign}{ $currency ->
        [CNY] ¥{$amount}
        [RMB] ¥{$amount}
        [USD] ${$amount}
        [CAD] CA${$amount}
        [GBP] £{$amount}
        [EUR] €{$amount}
        [TWD] NT${$amount}
        [HKD] HK${$amount}
       *[other] {$amount} {$currency}
    }
date-full = {$year}年{$month}月{$day}日
duration-h-min = {$h}小時{$min}分
duration-min-s = {$min}分{$s}秒
duration-s = {$s}秒
error-unknown-language = 未知的語言「{$asked}」，可選的語言有：{$known}
chart-idle = 閒置
chart-no-records = 無詳單
chart-charged = 月費用
chart-data-scaled = 流量（按比例）
chart-time-scaled = 時長（按比例）
chart-records-scaled = 使用記錄（按比例）
chart-service-title = {$service}：每月費用與使用量
chart-unbilled-debit = 無帳單扣款
chart-payments-title = 每期帳單金額與實際扣款
chart-billed = 帳單金額
chart-debited = 對應扣款
chart-debit-no-bill = 無帳單扣款

## 匯入：OFX 對帳單

who-statement = 對帳單
who-account = 帳戶 {$account}
ofx-no-ofx-element-after-header = 有 OFX 檔頭，卻沒有 <OFX> 元素
ofx-syntax-expected-tags = 第 {$line} 列第 {$column} 欄：{$error}（應為 OFX 標籤）
ofx-syntax = 第 {$line} 列第 {$column} 欄：{$error}
ofx-no-ofx-element = 沒有 <OFX> 元素
ofx-transaction-outside-statement = 這筆交易（STMTTRN）不在任何對帳單（STMTRS/CCSTMTRS）之內，未讀取；檔案在此處格式有誤
ofx-profile-response = 這是 OFX 設定回應（PROFRS），不是對帳單
ofx-account-list-response = 這是 OFX 帳戶清單回應（ACCTINFORS），不是對帳單
ofx-signon-failed = OFX 登入失敗（狀態 {$code} {$severity}：{$message}），檔案中沒有對帳單
ofx-error-response = OFX 回傳錯誤（狀態 {$code} {$severity}：{$message}），檔案中沒有對帳單
ofx-signon-only = 只有 OFX 登入回應，檔案中沒有對帳單
ofx-empty = OFX 檔案是空的，沒有對帳單
ofx-note-transaction-outside-list = {$who}：第 {$line} 列的交易位於交易清單（BANKTRANLIST）之外，仍視為該對帳單的一部分讀取
ofx-reconcile-ledger = {$who}：{$name}加 {$count} 筆交易等於截至 {$date} 的帳面餘額
ofx-note-ledger-unchecked = {$who}：截至 {$date} 的帳面餘額為 {$balance} {$currency}；檔案未列出期初餘額，無法與 {$count} 筆交易（合計 {$sum}）核對
ofx-error-ledger-amount = 帳面餘額（LEDGERBAL/BALAMT）應為金額，如 -12.34，實際為「{$found}」
ofx-note-ledger-empty = {$who}：帳面餘額（LEDGERBAL/BALAMT）空白
ofx-note-no-ledger = {$who}：未列出帳面餘額
ofx-error-date-missing = 交易（STMTTRN）缺少入帳日期（DTPOSTED），應為日期，如 20250131
ofx-error-date = 入帳日期（STMTTRN/DTPOSTED）應為日期，如 20250131 或 20250131120000[-5:EST]，實際為「{$found}」
ofx-error-amount = 交易金額（STMTTRN/TRNAMT）應為帶正負號的金額，如 -12.34，實際為「{$found}」

## 匯入：OFX 語法

ofx-syntax-cdata-unclosed = 以「<![CDATA[」開始的 CDATA 段落沒有用「]]>」結束
ofx-syntax-tag-unclosed = 以「<」開始的標籤沒有用「>」結束
ofx-syntax-malformed-tag = 格式錯誤的標籤「{$tag}」
ofx-syntax-empty-tag = 空標籤「<>」
ofx-syntax-nameless-tag = 沒有名稱的標籤「{$tag}」
ofx-syntax-too-deep = 元素巢狀超過 {$max} 層

## 匯入：ISO 20022（camt）對帳單

camt-not-camt = 這是 ISO 20022 檔案，但不是 camt.052、camt.053 或 camt.054
camt-malformed-xml = 第 {$line} 列第 {$column} 欄：XML 格式錯誤（{$error}）
camt-too-deep = 第 {$line} 列第 {$column} 欄：元素巢狀超過 {$max} 層
camt-no-statement = {$version} 檔案中沒有任何 {$container}（沒有對帳單、報告或通知）
camt-note-version = {$version}，{$count} 個 {$container}
camt-error-amount = 交易金額（Ntry/Amt）應為不帶正負號的金額，如 8.85，實際為「{$found}」
camt-error-direction = 借貸標記（Ntry/CdtDbtInd）應為 CRDT 或 DBIT，實際為「{$found}」
camt-error-no-date = 交易（Ntry）沒有入帳日（BookgDt）或起息日（ValDt），應為日期，如 2025-01-31
camt-error-date = 入帳日（Ntry/BookgDt）應為日期，如 2025-01-31，實際為「{$found}」
camt-reconcile-count = {$who}：交易筆數（TxsSummry）
camt-note-count-not-number = {$who}：所列交易筆數「{$count}」不是數字
camt-reconcile-sum = {$who}：交易金額合計（TxsSummry）
camt-note-unreadable-entries = {$who}：有 {$count} 筆交易無法讀取，下方的餘額核對未包含這些交易
camt-reconcile-balance = {$who}：{$code} {$from} 加已入帳交易等於 CLBD {$to}
camt-note-balance-not-number = {$who}：有餘額金額不是數字，未核對餘額
camt-note-no-balances = {$who}：沒有可核對的期初（OPBD/PRCD）與期末（CLBD）餘額（檔案未列出任何餘額）
camt-note-no-balance-pair = {$who}：沒有可核對的期初（OPBD/PRCD）與期末（CLBD）餘額（檔案列出的餘額：{$given}）

## 匯入：MT940/MT942 對帳單

mt940-balance-empty = 餘額空白
mt940-balance-mark = 開頭應為 C 或 D，實際為「{$found}」
mt940-balance-date = C/D 標記之後應為六位日期（年月日），實際為「{$found}」
mt940-balance-amount = 幣別之後應為金額，如 1234,56，實際為「{$found}」
mt940-61-value-date = 應為六位起息日（年月日），實際為「{$found}」
mt940-61-entry-date = 應為四位入帳日（月日），實際為「{$found}」
mt940-61-mark = 應為借貸標記 D、C、RD 或 RC，實際為「{$found}」
mt940-61-amount = 應為金額，如 12,50，實際為「{$found}」
mt940-no-message = 沒有 MT940/MT942 電文（沒有 :20: 欄位）
mt940-note-fragment = 這是電文的片段：以 :{$tag}: 而不是 :20: 開頭（第 {$line} 列）
mt940-note-balance-not-read = 第 {$line} 列：:{$tag}: 餘額未讀取：{$error}
mt940-note-field-not-read = 第 {$line} 列：:{$tag}: 未讀取（「{$value}」）
mt940-error-61 = :61: {$error}
mt940-who = 對帳單 {$reference}
mt940-who-account = 對帳單 {$reference}（{$account}）
mt940-note-unreadable = {$who}：有 {$count} 筆交易無法讀取，餘額核對未包含這些交易
mt940-reconcile-balance = {$who}：{$from} 期初餘額加各筆交易等於 {$to} 期末餘額
mt940-note-no-balance-pair = {$who}：沒有可核對的期初與期末餘額
mt940-reconcile-debit-count = {$who}：借方筆數（:90:）
mt940-reconcile-debit-sum = {$who}：借方合計（:90:）
mt940-reconcile-credit-count = {$who}：貸方筆數（:90:）
mt940-reconcile-credit-sum = {$who}：貸方合計（:90:）

## 匯入：電子郵件與網頁帳單

mail-unparsed = 看起來是電子郵件，但無法解析出郵件內容
mail-note-attachment-image = 附件「{$name}」是圖片，未讀取
mail-note-attachment-nested = 附件「{$name}」未讀取：這是郵件中的郵件，或附件巢狀超過 {$max} 層
mail-note-own-tables = 郵件內文中的表格：{$file}：{$error}
mail-nothing-read = 已讀取郵件，但其中沒有帳單表格，也沒有可讀取的附件（共 {$count} 個附件）
skip-in-attachment = {$file}：{$reason}
mail-note-attachment-not-read = 附件未讀取：{$file}：{$error}
mail-note-attachment-read = 附件 {$file} 依 {$format} 格式讀取：{$count} 筆紀錄
html-nothing-recognised = 已讀取網頁，但在其 {$count} 列表格中沒有找到帳單或對帳單表格
html-note-rows = 列號指網頁中表格的第幾列（「檔案:列」即第幾列表格）

## 匯入：中國移動帳單郵件

cmcc-no-period = 這封中國移動帳單郵件沒有寫明帳期（計費週期、帳期或「某年某月……帳單」），不予猜測，未讀取
reconcile-items-of = {$name}各項
reconcile-in-sheet = 工作表「{$sheet}」：{$what}

## 匯入：未讀取的檔案、PDF 與本程式的輸出

format-image = 圖片
format-ofd = OFD 檔案（一種電子發票格式）
format-word = Word 文件
not-read-lock-file = 這是 Office 鎖定檔（~$…），活頁簿在 Excel 或 WPS 中開啟時自動產生，不含資料：關閉活頁簿（鎖定檔會自動消失）或將其刪除
not-read-format-not-yet = {$format}，暫不支援讀取這種格式：請將帳單或對帳單匯出為 CSV 或 XLSX（或用格式描述檔說明匯出格式，參見 profiles/example-bank.toml）
own-output-findings-csv = 核查結果報表（CSV）
own-output-findings-json = 核查結果報表（JSON）
own-output-pack-markdown = 證據資料（Markdown）
own-output-pack-html = 證據資料（網頁）
own-output-appeal = 申訴書
pdf-no-text = 已讀取 PDF，但其 {$pages} 頁中沒有文字（只有掃描檔或圖片；本程式不做文字辨識）
pdf-layout-not-recognised = 已讀取 PDF，但無法辨識其版面：共 {$pages} 頁文字（{$lines} 列）；可用 billaudit import --dump-text 檔案 檢視這些文字，據此撰寫格式描述檔
pdf-needs-password = 這份 PDF 已加密，需要密碼：請用 --password 提供，或寫在 billaudit.toml 的 [import] 下的 password 中
pdf-wrong-password = 這份 PDF 已加密，所給的密碼無法開啟
pdf-malformed = 不是可讀取的 PDF：{$detail}
pdf-extractor-failed = PDF 文字擷取在這個檔案上出錯（{$detail}）
pdf-timed-out = PDF 文字擷取未能在 {$seconds} 秒內完成，已放棄
pdf-too-large = PDF 過大：{$detail}
tmobile-no-issue-date = 這份 T-Mobile 帳單沒有出帳日期，不予猜測帳期
tmobile-note-period = 帳期 {$period}：取出帳日期 {$issued} 所在的月份
tmobile-note-no-totals = 帳單摘要（THIS BILL SUMMARY）中沒有合計列，無法核對各項

## 匯入：電信業者匯出檔（美國、加拿大）與所列合計的核對

rogers-zip-many = 壓縮檔中有 {$count} 個 ALL_CALLS 檔案，請解壓縮後逐一匯入
rogers-zip-no-header = 壓縮檔中的 {$name} 與其中任何 Header-*.txt 都對不上
rogers-note-from-zip = 從壓縮檔中讀取了 {$name}
rogers-header-file = 這是 Rogers 的欄位定義檔（Header-*.txt），說明旁邊 ALL_CALLS 檔案的各欄，應匯入的是那個檔案
rogers-calls-without-header = 這是沒有表頭的 Rogers 通話檔，旁邊缺少它的欄位定義檔 Header-*.txt
rogers-note-field-names = 欄位名稱取自 Rogers 的 {$kind} 定義檔
towers-not-bills = 這是基地台位置清單（antenna_id、latitude、longitude），不是帳單、通聯紀錄或付款紀錄
telus-report-not-read = TELUS 的「{$name}」報表：暫不讀取這類彙總表（可讀取的是 Airtime Details 報表）
note-bill-lines-from-charge-rows = 由 {$rows} 列費用得出 {$lines} 筆帳單明細（每個非零費用欄一筆）
note-records-dated = 紀錄日期從 {$from} 到 {$to}
reconcile-charges-taxes = 第 {$line} 列：各項費用與稅費之和等於合計
reconcile-charges-taxes-number = 第 {$line} 列（{$number}）：各項費用與稅費之和等於合計
reconcile-section-total = {$subscriber} {$section} 分節合計（{$count} 通通話）
reconcile-line = 第 {$line} 列：{$what}
sum-verizon-balance-forward = 前期餘額加付款與調整等於結轉餘額
sum-verizon-usage = 各類使用費之和等於使用及購買費用
sum-verizon-current = 各部分費用之和等於本期費用合計
sum-verizon-due = 結轉餘額加本期費用合計等於應繳總額
sum-bell-balance-owing = 前期餘額加調整與付款等於欠款餘額
sum-bell-current = 費用加稅費等於本期費用
sum-bell-due = 欠款餘額加本期費用等於應繳金額
reconcile-tmobile-line = 門號 {$label}：各類費用之和等於其合計
reconcile-tmobile-section = {$name}各項之和等於其小計
reconcile-tmobile-summary = 摘要中的 {$name}：各門號之和等於合計列
reconcile-tmobile-due = 應繳總額（TOTAL DUE）等於摘要合計
reconcile-tmobile-items = 全部明細之和等於帳單合計
reconcile-stated-rows = 紀錄筆數（共N筆紀錄）
reconcile-label-count = {$label}筆數
reconcile-label-sum = {$label}金額
note-stated-count-masked = {$file}：所列{$label}筆數被遮蔽，未核對
note-stated-sum-masked = {$file}：所列{$label}金額被遮蔽，未核對
reconcile-key-total = {$key}合計（{$label}）
note-stated-total-not-number = {$file}：所列{$key}合計「{$value}」不是數字，未核對

## 匯入：整個檔案

import-error-io = 無法讀取：{$error}
import-error-unrecognised = 無法辨識：{$reason}
import-error-not-read = 未讀取：{$reason}
import-error-workbook = 無法作為試算表開啟：{$message}
import-error-pdf = 無法讀取 PDF：{$message}
import-error-csv = 第 {$line} 列：無法讀取 CSV：{$message}
import-error-own-output = 這是本程式自己輸出的{$what}，不會匯入
import-error-internal = 讀取時遇到內部錯誤（{$message}）而中止，這個檔案的紀錄均未採用；請回報這個檔案的格式
unrecognised-too-large = 檔案大於 {$mib} MiB，超出這類檔案可讀取的上限
unrecognised-statement-too-large = 檔案大於 {$mib} MiB，超出對帳單或電信業者檔案整體讀取的上限
unrecognised-binary = 二進位資料，既不是試算表也不是文字檔
unrecognised-empty-file = 空白檔案
unrecognised-no-header = 前 {$rows} 列中沒有找到帳單（帳期、項目、金額）、通聯明細（起始時間、時長、流量）或對帳單（交易時間、金額）的表頭
unrecognised-workbook-no-sheets = 沒有任何工作表含有帳單、通聯明細或對帳單的表頭（沒有工作表）
unrecognised-workbook-no-header = 沒有任何工作表含有帳單、通聯明細或對帳單的表頭（工作表：{$sheets}）
workbook-too-large = 大於 {$mib} MiB
csv-too-many-columns = 一列有 {$count} 欄（最多讀取 {$max} 欄）
dump-text-not-applicable = --dump-text 只顯示 PDF、電子郵件和網頁檔案的文字，這個檔案都不是
unread-sheet = 工作表「{$sheet}」無法讀取：{$error}
skip-sheet-copy = 工作表「{$sheet}」：與工作表「{$of}」內容相同（紀錄一致），不重複讀取
skip-sheet-without-header = 工作表「{$sheet}」未讀取：其中沒有帳單、通聯明細或對帳單的表頭
note-sheets-read = 讀取了 {$count} 個工作表：{$sheets}
note-sheet-read-as = 工作表「{$sheet}」依 {$format}（{$kind}）讀取
note-sheet-empty = 工作表「{$sheet}」是空的
note-xls-repaired = 已修復舊版 .xls 的文字：其字串是 UTF-16，但活頁簿宣告的字碼頁為 1252，讀取時被依 cp1252 解碼；已重新解碼 {$repaired} 個儲存格
note-xls-repaired-partly = 已修復舊版 .xls 的文字：其字串是 UTF-16，但活頁簿宣告的字碼頁為 1252，讀取時被依 cp1252 解碼；已重新解碼 {$repaired} 個儲存格，另有 {$left} 個無法修復，保留原樣
note-undecodable-characters = 有 {$count} 個字元無法依 {$encoding} 解碼（位元組無效），已讀作替代字元 U+FFFD
note-date-order-assumed = {$file}：從第 {$line} 列起，沒有任何日期能看出是「日/月」還是「月/日」；依{$order}讀取，依據{$why}
date-order-day-first = 日在前
date-order-month-first = 月在前
note-dates-written-in-country = 帳戶所在國家（{$country}）的日期寫法
note-repeated-bill = {$file}：{$period} 的帳單與 {$of} 逐列相同，只計一次。

## 核對說明（前提與假設）

note-linked = 有 {$count} 筆付給電信業者的交易同時出現在兩個檔案中（訂單編號相同，或金額相同且相隔不超過 {$days} 天），只計一次：{$pairs}。
note-linked-more = 有 {$count} 筆付給電信業者的交易同時出現在兩個檔案中（訂單編號相同，或金額相同且相隔不超過 {$days} 天），只計一次：{$pairs}等。
note-payees-empty = 設定中的收款方（[account] payees）空白：{$count} 筆交易中無法分辨哪些是付給電信業者的錢，因此沒有將付款與帳單核對。
note-payee-matches-nothing = 注意：收款方（[account] payees）中的「{$pattern}」與 {$count} 筆交易都對不上（是否拼錯？），付給這個收款方的款項未核對。
note-usage-not-checked = 業務「{$service}」的使用情況未核對：沒有任何通聯明細涵蓋其計費月份（請補充該業務的通聯明細），因此不會判定它閒置。
note-range-from-records = {$file} 沒有寫明日期範圍，依其紀錄所跨的日期（{$from} 至 {$to}）計算涵蓋範圍。
note-ambiguous-usage = 有 {$count} 筆使用紀錄可能屬於不只一項業務，已分別計入各項業務（為各業務填寫門號即可區分）。
note-debit-pays-missing-bill = {$date} 扣款 {$amount}（{$source}）落在 {$period} 帳單的繳費期內，而該帳單不在資料夾中：視為該帳單的付款，未核對。
note-debits-unchecked = 有 {$count} 筆付給電信業者的扣款不在任何計費月份及其繳費期（每期之後 {$days} 天）之內，未核對。
note-builtin-rule-disabled = 內建規則 {$rule} 已停用（案件 rules 資料夾中設為 enabled = false），未執行這項檢查。
note-rule-disabled = 規則 {$rule} 已停用（案件 rules 資料夾中設為 enabled = false），未執行這項檢查。
walk-folder-not-listed = 無法完整列出資料夾內容：{$error}
walk-broken-link = 失效的符號連結（{$error}）
walk-cannot-read = 無法讀取：{$error}
walk-link-out-of-case = 指向案件資料夾以外的符號連結（指向 {$target}），不予追蹤
walk-link-loop = 指向自身所在資料夾的符號連結（形成迴圈），不予追蹤
walk-folder-unreadable = 無法讀取的資料夾：{$error}
walk-not-regular-file = 不是一般檔案（而是管道、通訊端或裝置），未讀取
walk-same-bytes = 與 {$of} 內容完全相同，只讀取一次

## 匯入摘要（billaudit import）

import-rows = 列數：{$rows}
record-kind-bill-lines = 帳單明細
record-kind-usage = 通聯明細
record-kind-transactions = 交易明細
import-file-head = {$file}：{$format}（{$kind}）
import-file-encoding = ，編碼 {$encoding}
import-file-sheet = ，工作表「{$sheet}」
import-counts = 列數：{$rows}　紀錄：{$records}　略過：{$skipped}　錯誤：{$errors}
import-header-row = 　表頭：第 {$row} 列
import-skipped-line = 略過 {$count}　{$reason}
import-covers = 涵蓋：{$from}至{$to}
import-error-line = 錯誤：{$error}
import-more-errors = ……另有 {$count} 個錯誤
import-reconciled = 已核對：{$what}：所列 {$stated}，與紀錄 {$computed} 相符
import-not-reconciled = 警告：{$file}：{$what}對不上：所列 {$stated}，紀錄合計 {$computed}
import-unread-line = 未讀取：{$what}
import-note-line = 說明：{$note}

## 核查錯誤

audit-error-no-config = {$dir}：這個資料夾中沒有 {$file}（執行 billaudit init {$dir} 產生一份）
audit-error-not-a-dir = {$dir}：不是資料夾
audit-error-nothing-usable = {$dir} 中沒有可用的檔案：{$why}
audit-nothing-no-files = 資料夾中沒有匯出的檔案
audit-nothing-recognised = {$count} 個檔案都無法辨識

## 命令列：提示訊息

cli-error = 錯誤：{$text}
cli-warning = 警告：{$text}
cli-note = 說明：{$text}
cli-error-date = 應為 YYYY-MM-DD 格式的日期，如 2025-07-20（實際為「{$found}」）
cli-error-date-range = 日期應在西元 1 年至 9999 年之間（實際為「{$found}」）
cli-error-empty-password = 密碼空白
cli-more-rows-unread = {$file}：另有 {$count} 列無法讀取
cli-evidence-extension = --evidence {$path}：不支援副檔名「{$ext}」，請使用 .html 或 .md
cli-evidence-written = 證據資料已寫入 {$path}
cli-empty-folder = {$path}：資料夾中沒有可匯入的檔案（已搜尋各子資料夾）
cli-no-such-path = {$path}：沒有這個檔案或資料夾
cli-log-line-damaged = {$line}；已略過（請修正或刪除這一列）
cli-error-at = --at 「{$found}」：應為日期時間，如「2025-10-05 14:30」
cli-nothing-to-log = 沒有可記錄的內容：請提供 --call、--letter 或 --appeal，或者 --note、--ticket、--promised
cli-logged = 已記錄{$kind}（{$at}），寫入 {$file} 第 {$line} 列
cli-promise-by = 承諾理解為：{$date}前退款 {$refund}
cli-promise-no-date = 承諾理解為：退款 {$refund}（未說日期：在通話 {$days} 天後核對）
cli-promise-no-amount = 說明：承諾中沒有找到退款金額；案件進度中會列出這項承諾，但無法核對
cli-appeal-written = 申訴書已寫入 {$path}
cli-no-complaint-logged = 尚未記錄向電信業者的投訴；主管機關只受理已先向電信業者投訴的申訴（用 billaudit case log 案件 --call … 記錄）
cli-init-exists = {$path} 已存在；如要取代請加 --force（或用 --print 檢視推測的設定）
cli-init-bug = 產生的設定無法載入（這是程式缺陷）
cli-init-wrote = 已寫入 {$path}：{$count} 項業務，{$payees} 個收款方
cli-init-services = （{$services}）
cli-init-carrier = ，電信業者 {$carrier}
cli-init-review = 請對照合約逐項核對（monthly_fee 月租費、start 開通日期、term_months 合約期、cancelled 退租日期），然後執行：billaudit audit {$case}
cli-unknown-rule = 沒有規則「{$rule}」；現有的規則是：{$rules}
cli-refuse-case-file = {$path} 是案件自己的檔案（輸入檔、billaudit.toml、案件紀錄、規則或格式描述檔），請另選輸出檔案
cli-refuse-symlink = {$path} 是符號連結，不會被取代（請直接寫入它所指向的檔案，或刪除這個連結）
cli-refuse-folder = {$path} 是資料夾
cli-refuse-special = {$path} 不是一般檔案（而是裝置、管道或通訊端），不會被取代
cli-refuse-exists = {$path} 已存在；如要取代請加 --force
cli-not-written = 未寫入：{$why}
cli-cannot-write = 無法寫入 {$path}
cli-cannot-create = 無法建立 {$path}
cli-cannot-create-temp = 無法在 {$path} 中建立暫存檔

## billaudit init：初始設定中的註解

init-country-from-carrier = 依電信業者推定；決定報告引用哪國的法規與受理機關
init-country-from-currency = 依幣別推定；決定報告引用哪國的法規與受理機關
init-country-unknown = 國家代碼（如 CN、US、GB）：無法從帳單和交易明細中判斷
init-holder-type = 公司行號的線路填 "business"；不填則依戶名判斷（含「公司」「有限」「企業」等即視為公司行號）
init-head =
    本檔由 billaudit init 依此資料夾中的帳單和交易明細產生。
    以下各項都是推測：請對照合約逐項核對，然後執行 billaudit audit。
init-read-with-bills = 讀取了 {$files} 個檔案（略過 {$skipped} 個）；共 {$periods} 期帳單，{$from} 至 {$to}。
init-read-no-bills = 讀取了 {$files} 個檔案（略過 {$skipped} 個）；沒有找到帳單明細。
init-holder = 帳單上的戶名（可不填）
init-carrier = 大部分付給電信業者的扣款流向的電信業者
init-carrier-unknown = 未能從交易明細中辨識出電信業者
init-currency = 金額的幣別代碼
init-no-payees =
    沒有找到付給電信業者的扣款：請列出銀行或支付軟體中顯示的收款方名稱（正規表示式），
    例如 payees = ["中華電信", "台灣大哥大"]。
init-payees = 付給電信業者的款項的收款方（正規表示式），取自這些扣款的交易對象：
init-payee = {$name}：{$debits} 筆扣款，共 {$total}
init-no-service = 沒有找到每期重複出現的帳單項目。請為訂用的每條線路新增一個 [[service]]：
init-service-billed = 共 {$periods} 期有此項收費（{$lines} 筆）。業務類型依項目名稱推測。
init-service-vas = 這是加值服務：只有確實訂用過才保留這一項；刪去後，它的收費會被標為未訂用收費。
init-service-id = 核查結果中使用的固定編號
init-service-kind = 可選：broadband（寬頻）、mobile（手機）、voice（語音）、data（數據）、sms（簡訊）、tv（電視）、vas（加值服務）、device（終端設備）、other（其他）
init-service-match = 用來比對帳單項目的正規表示式；以下是已出現的項目（已跳脫，可截短以比對變體）：
init-service-fee = 每期最常見的金額；請改為合約價格
init-service-fee-unknown = 合約價格
init-service-start = 第一期帳單的第一天；請改為合約開始日期
init-service-term = 合約期（如有）
init-service-cancelled = 申請停用的日期（如有）
init-service-suspended = 停話保號的起訖日期（如有）
init-service-numbers = 這些帳單明細上的門號
explain-check-severity = 檢查：{$check}　嚴重程度：{$severity}
explain-rule-file = 規則檔（{$origin}）
explain-check = 檢查 {$check}

## 匯入：電信業者匯出檔中應有的值

expect-date-like = 日期，如 {$example}
expect-time-like = 時間，如 {$example}
expect-amount-like = 金額，如 {$example}
expect-amount-plain = 金額
expect-kilobytes-like = 以 KB 計的數據用量，如 {$example}
expect-kilobytes = 以 KB 計的數據用量
expect-minutes-like = 分鐘數，如 {$example}
expect-whole-minutes-like = 整分鐘數，如 {$example}
expect-minutes-seconds-like = 分:秒，如 {$example}
expect-whole-seconds = 整秒數
expect-call-text-code = 11（通話）或 21（簡訊）
expect-record-type-bil-ira-sl = BIL、IRA 或 SL
expect-voice-data-messaging = Voice、Data 或 Messaging
expect-call-or-text = 通話或簡訊
expect-invoice-date-line = 通話紀錄上方的開立日期（Invoice Date）列
pdf-note-rows = 從 PDF 的文字讀取：行號指頁內的第幾行（檔案:頁:行）

## 匯入：略過的列

skip-summary-line = 彙總列
skip-blank-line = 空白列
skip-outside-charge-tables = 帳單費用表格以外的文字
skip-stated-total = 帳單所列合計（留作核對）
skip-section-total = 分項小計
skip-closed-transaction = 已關閉或失敗的交易（沒有資金往來）
skip-zero-amount = 金額為零
skip-total-without-amount = 沒有金額的合計列
skip-text-without-amount = 沒有金額的文字
skip-summary-table-header = 彙總表的表頭
skip-summary-or-note = 彙總或說明列
skip-subscriber-details = 用戶資料
skip-statement-label = 沒有金額的帳單欄目名稱
skip-profile-skip-rows = 格式描述檔指定略過的列
skip-sidebar = 側欄文字（優惠金額、已用流量）
skip-section-heading-subtotal = 附小計的分節標題（已與其明細核對）
skip-section-header = 分節標題
skip-row-without-amount = 沒有金額的列
skip-row-without-fee-category = 沒有費用類別的列
skip-report-heading-or-subscriber = 報表標題或用戶資料
skip-report-heading = 報表標題
skip-repeated-header = 重複的表頭
skip-prior-activity = 前期往來（前期餘額、繳費）
skip-per-line-summary = 按門號彙總的列（已與所列合計核對）
skip-pending-entry = 待入帳的交易（尚未入帳）
skip-not-read = 未讀取
skip-no-direction = 未註明收支方向（收/支一欄空白）
skip-no-charges-in-row = 這一列沒有費用
skip-no-amount-heading = 沒有金額（分節標題或空白項目）
skip-neither-income-nor-expense = 不計收支
skip-invoice-without-charges = 沒有本期費用的發票紀錄
skip-investment-transaction = 投資交易（證券買賣、收益或轉帳，不是銀行付款）
skip-information-entry = 僅供參考的項目（未入帳）
skip-included-in-plan = 資費方案已內含（不另收費）
skip-heading = 標題
skip-fee-category = 費用類別（其下各項才是帳單明細）
skip-call-not-answered = 未接通的通話（忙線、無人接聽等）
skip-billing-entity = 計費主體紀錄（BIL）
skip-amount-without-item = 沒有項目名稱的金額
skip-after-bill-total = 帳單合計之後的內容
skip-account-info = 帳戶資訊與通知
skip-text-outside-columns = 表格各欄以外的一行文字
skip-second-header-french = 第二列表頭（法文）
skip-header = 表頭
skip-preamble = 表頭之前的說明文字
skip-unknown-ofx-element = 交易清單中無法辨識的 OFX 元素 <{$name}>
skip-entry-status = 狀態為 {$status} 的項目（未入帳）
skip-refund-of-closed-payment = 前面已略過的已關閉付款之退款（前後合計沒有資金往來）
skip-meituan-repayment = 美團月付還款（各筆消費已另外列出）

## 匯入：無法讀取的列

expect-amount-point = 使用小數點的金額，與本檔其他金額的寫法一致（這一筆用的是小數逗號）
expect-amount-comma = 使用小數逗號的金額，與本檔其他金額的寫法一致（這一筆用的是小數點）
expect-amount-unambiguous = 不會誤讀的金額：像 1,234 或 1.234 這樣的數字，分隔符號可能是千位分隔，也可能是小數點，而本檔前面的金額無法說明是哪一種
expect-date-unambiguous = 不會誤讀的日期：像 06/05/2025 這樣的日期，前兩段都可能是日，而本檔前面的列無法說明是哪一種（可在格式描述檔中寫明日期格式）
expect-billing-period = 帳期，如 2025-08 或 202508
expect-billing-period-missing = 帳期（這一列及上方都沒有寫明）
expect-amount = 金額，如 258.00
expect-item-name = 收費項目的名稱
expect-start-time = 起始時間，如 2025-08-01 12:30:05
expect-service-type = 業務類型（通話、簡訊、上網、寬頻等）
expect-fee = 費用，如 0.10
expect-duration = 時長
expect-duration-like = 時長，如 75、1:02:03 或 12分5秒
expect-volume = 流量
expect-volume-like = 流量，如 1024、1.5MB 或 300KB
expect-date = 日期，如 2025-08-01 或 2025/8/1
expect-amount-or-empty = 金額或空白儲存格
expect-direction = 收支方向，如 支出/收入 或 借/貸
expect-description-sign = 以「消費」「退貨」或「還款」開頭的摘要（據此判斷收支）
expect-fee-or-empty = 手續費（如 0.50）或空白儲存格
row-error-expected = 「{$column}」欄：應為{$expected}，實際為「{$found}」
row-error-amount-too-large = 金額 {$amount} 超出任何帳單的可能（最多 {$max}），這一列不予採用
row-error-date-order-unknown = 日期的日、月順序無法從任何一列看出
verbatim = {$text}
file-said = {$file}：{$text}

## 命令列：說明文字（clap），在建立命令時查取

help-lang = 輸出語言：{$languages}（預設取 LC_ALL、LC_MESSAGES 或 LANG 環境變數，都沒有時用 zh-CN）
help-as_of = 計算期限與承諾所依據的日期，格式為 YYYY-MM-DD（預設為今天）
about-billaudit = 對照你訂用的服務、使用紀錄和帳戶扣款，核查電信帳單。
after-billaudit =
    範例：
      billaudit audit fixtures/cases/idle-broadband
      billaudit audit CASE --format json > findings.json
      billaudit audit CASE --evidence evidence.md --lang en
      billaudit import bank.csv bills/
      billaudit rules
      billaudit explain unused-service
      billaudit init CASE_DIR
    
    結束碼：0 未發現問題，1 發現問題，2 發生錯誤。
about-audit = 核查一個案件資料夾：匯入其中所有檔案，將帳單與服務、使用紀錄和付款逐一對照，執行各項規則並報告結果
after-audit =
    範例：
      billaudit audit fixtures/cases/idle-broadband
      billaudit audit 案件 --format json > findings.json
      billaudit audit 案件 --format csv -o findings.csv
      billaudit audit 案件 --evidence evidence.md --lang zh-TW --reply-hours 48
      billaudit audit 案件 --evidence pack.html --as-of 2025-10-20
help-audit-case_dir = 案件資料夾（內含 billaudit.toml）
help-audit-format = 輸出格式（輸出到標準輸出或 --output 指定的檔案）
help-audit-output = 將報告寫入此檔案，而不是標準輸出
help-audit-evidence = 寫出證據資料：.html（單一檔案，可列印為 PDF）或 .md
help-audit-force = 取代已存在的 --output 或 --evidence 檔案（案件的輸入檔、billaudit.toml、案件紀錄、符號連結和裝置永遠不會被取代）
help-audit-reply_hours = 通話講稿中要求對方回覆的時限（小時）
help-audit-password = 加密 PDF 對帳單的密碼（未提供時取 billaudit.toml 中 [import] 下的 password）；不會寫入任何地方
about-import = 顯示每個檔案如何讀取：格式、紀錄類型、列數、紀錄數，以及略過的列和原因。資料夾會逐層搜尋
after-import =
    範例：
      billaudit import bank.csv
      billaudit import --profile profiles/mybank.toml mybank.csv
      billaudit import fixtures/cases/idle-broadband
      billaudit import --check statements/
      billaudit import --format json bills/*.xlsx
help-import-paths = 檔案或資料夾
help-import-check = 僅當每個檔案都能辨識、每一列都是紀錄或有理由的略過（沒有無法讀取的列），且檔案所列的每個合計都與其紀錄相符時，才以 0 結束
help-import-profiles = 描述內建格式不認得的匯出檔的格式描述檔（TOML，可重複提供）。資料夾中 profiles 子資料夾裡的格式描述檔也會使用
help-import-format = 輸出格式
help-import-dump_text = 不匯入，而是顯示從每個 PDF 擷取的文字（頁:行，每個儲存格及其以點為單位的位置），作為撰寫格式描述檔時的定位依據
help-import-password = 加密 PDF 對帳單的密碼；不會寫入任何地方
about-rules = 列出規則：內建規則，以及用 --case 指定時案件自己的 rules/*.toml
after-rules =
    範例：
      billaudit rules
      billaudit rules --case fixtures/cases/idle-broadband --lang zh-TW
help-rules-case = 同時列出此案件資料夾的規則（案件/rules/*.toml）
about-explain = 說明一條規則檢查什麼、為什麼重要，並舉例，附上規則檔
after-explain =
    範例：
      billaudit explain unused-service
      billaudit explain item-match
help-explain-rule = 規則編號（見 billaudit rules）或檢查名稱
help-explain-case = 同時查找此案件資料夾的規則
about-init = 依案件中的帳單和交易明細推測並寫出初始 billaudit.toml：服務取自每期重複的帳單項目，收款方取自付給電信業者的扣款。核查前請先檢查
after-init =
    範例：
      billaudit init my-case
      billaudit init my-case --print
      billaudit init my-case --force   # 取代既有的 billaudit.toml
help-init-case = 存放匯出的帳單和交易明細的案件資料夾
help-init-force = 取代既有的 billaudit.toml
help-init-print = 只顯示檔案內容，不寫入
about-case = 記錄通話和承諾，用之後的帳單和交易明細核對承諾是否兌現，並寫出給主管機關的申訴書
after-case =
    範例：
      billaudit case log 案件 --call --ticket 2025100512345 --agent '王 8812' --promised '2025-10-12前退款1032元'
      billaudit case status 案件 --as-of 2025-10-20
      billaudit case appeal 案件 --contact 0912345678 -o appeal.txt
about-case-log = 在 案件/case-log.jsonl 末尾附加一筆紀錄（每行一個 JSON 物件；可以手動編輯，本工具只附加）
help-case-log-case_dir = 案件資料夾：紀錄附加到其中的 case-log.jsonl
help-case-log-call = 與電信業者的一次通話（即投訴；開始計算 15 天期限）
help-case-log-letter = 向電信業者提出的書面投訴
help-case-log-appeal = 向主管機關提出的申訴
help-case-log-ticket = 工單號
help-case-log-agent = 客服人員的姓名或員工編號
help-case-log-promised = 對方的承諾，如「2025-10-12前退款1032元」
help-case-log-note = 備註
help-case-log-refused = 電信業者拒絕處理或回覆不滿意（在中國大陸可立即申訴；在英國即所謂僵局信）
help-case-log-at = 發生時間，如「2025-10-05 14:30」（預設為現在）
about-case-status = 列出對方的承諾、已過的期限和下一步
help-case-status-case_dir = 案件資料夾（內含 billaudit.toml 和 case-log.jsonl）
about-case-appeal = 寫出申訴書，包含主管機關表格要求的各項內容
help-case-appeal-case_dir = 案件資料夾（內含 billaudit.toml 和 case-log.jsonl）
help-case-appeal-contact = 申訴用的聯絡電話或電子郵件（不填則留空，手動填寫）
help-case-appeal-address = 通訊地址（不填則留空，手動填寫）
help-case-appeal-postcode = 郵遞區號（不填則留空，手動填寫）
help-case-appeal-contact_person = 公司行號申訴時：負責此事的聯絡人
help-case-appeal-output = 寫入此檔案，而不是標準輸出
help-case-appeal-force = 取代已存在的 --output 檔案（案件自己的檔案、符號連結和裝置永遠不會被取代）
about-gen = 產生用於測試和效能量測的模擬案件資料夾
after-gen =
    範例：
      billaudit gen /tmp/big --rows 1000000 --numbers 50 --encoding gbk --seed 7
      billaudit gen /tmp/case --scenario --seed 12   # 埋設各種付款情形的小案件
help-gen-case_dir = 要寫入的案件資料夾（不存在時會建立）
help-gen-rows = 使用紀錄的總列數
help-gen-numbers = 門號數量（每個門號一項訂用服務）
help-gen-months = 計費月數，從 2025-01 開始
help-gen-encoding = CSV 檔案的編碼：utf-8 或 gbk
help-gen-seed = 產生器的隨機種子（種子相同，產生的檔案逐位元組相同）
help-gen-single_usage_file = 將所有使用紀錄寫入一個檔案，而不是每月一個檔案
help-gen-scenario = 寫出一個埋設各種付款和求償情形的小案件（依種子產生），並在 expected-disputes.json 中列出核查必須找出的爭議

## 命令列：詳細說明

long-about-audit =
    核查一個案件資料夾：匯入其中所有檔案，將帳單與服務、使用紀錄和付款逐一對照，執行各項規則並報告結果。
    
    案件資料夾中有 billaudit.toml，以及任意數量的匯出檔（帳單、通聯明細、銀行和支付軟體的交易明細），可放在任意子資料夾中；檔案依內容辨識。未發現問題時結束碼為 0，發現問題時為 1，發生錯誤時為 2。

## billaudit gen（測試資料）

gen-planted = 已在 {$dir} 中埋設 {$planted}，以及 {$count} 項預期爭議
gen-wrote = 已向 {$dir} 寫入 {$files} 個檔案中的 {$rows} 列使用紀錄，以及 {$count} 項預期結果
cli-no-free-name = 找不到可用的暫存檔名

## 報告：終端機摘要

report-audit-head = 稽核 {$case}
report-audit-head-holder = 稽核 {$case}（{$holder}，{$carrier}）
report-disputed-line = 爭議總額：{$total}（{$disputes} 項爭議，{$findings} 項發現）

## 命令列：說明格式與參數錯誤

help-usage-heading = 用法：
help-arguments-heading = 參數：
help-options-heading = 選項：
help-commands-heading = 命令：
help-help = 顯示說明
help-version = 顯示版本
clap-invalid-value-why = 「{$arg}」的值「{$value}」無效：{$why}
clap-invalid-value = 「{$arg}」的值「{$value}」無效（可選的值：{$valid}）
clap-unknown-argument = 無法辨識的參數「{$arg}」
clap-unknown-command = 無法辨識的命令「{$command}」
clap-missing-argument = 缺少必要的參數：{$arg}
clap-conflict = 參數「{$arg}」不能與「{$other}」同時使用
clap-more-information = 更多資訊請用 --help 查看。

## 命令列：help 命令

help-help-command = 顯示本說明，或指定命令的說明

## 規則：證據說明

ev-note-cancelled = 服務 {$service} 於 {$date} 退租
ev-note-suspended = 服務 {$service} 停話期間：{$ranges}
ev-note-monthly-fee = 服務 {$service} 合約月租費 {$fee}
ev-note-term = 服務 {$service} 合約期 {$from} 至 {$to}
ev-coverage-declared = 檔案寫明的日期範圍
ev-coverage-observed = 紀錄涵蓋整個帳期
ev-coverage-configured = 設定中 [usage] covers 指定的範圍
ev-note-usage = {$period}：{$records} 筆紀錄，{$seconds} 秒，{$bytes} 位元組（{$coverage}）
ev-note-usage-fees = {$period}：{$records} 筆紀錄，費用 {$fees}
ev-note-bill-total = {$period} 合計 {$amount}

## 案件進度：各行

status-heading = {$text}：
status-head = 案件 {$case}（截至{$date}）
status-disputed-line = 爭議總額：{$total}，{$findings} 項發現
status-log-count = 紀錄（{$count} 筆）
status-entry-when = {$at} {$kind}
status-entry-ticket = 工單號 {$ticket}
status-entry-agent = 客服 {$agent}
status-promise-line = [{$state}] {$at}「{$promised}」（期限 {$due}；已找到 {$found}）
status-evidence-line = 證據：{$refs}
status-dated = {$date}：{$text}

## 報告：證據條目

evidence-place = {$place}（{$kind}）
evidence-kind-bill-line = 帳單明細
evidence-kind-bill-total = 帳單合計
evidence-kind-transaction = 交易
evidence-kind-usage = 通聯明細
evidence-kind-usage-file = 通聯明細檔
evidence-kind-config = 設定
severity-high = 高
severity-medium = 中
severity-low = 低
severity-info = 提示
report-rule-severity = {$rule}（嚴重程度：{$severity}）

## billaudit rules：規則表

rules-col-id = 編號
rules-col-title = 標題
rules-col-check = 檢查
rules-col-severity = 嚴重程度
rules-col-enabled = 啟用
rules-col-origin = 來源
rules-enabled-yes = 是
rules-enabled-no = 否

## 案件紀錄錯誤

case-log-not-an-entry = {$file}:{$line}：不是有效的紀錄（{$why}）
case-log-line-too-long = 超過 {$kib} KiB
case-log-year-out-of-range = 日期 {$date} 不在西元 1 年至 9999 年之間
case-field-too-long = {$field} 超過 {$kib} KiB；長文字請放在案件資料夾中的檔案裡，並在紀錄中寫明檔名

## 設定錯誤（billaudit.toml、規則、格式描述檔）

cfg-regex = 正規表示式無效：{$detail}
cfg-value = 應為{$expected}，實際為 {$found}
cfg-duplicate = 編號「{$id}」重複
cfg-expect-billing = "postpaid"（後付）或 "prepaid"（預付）
cfg-expect-day-of-month = 每月的某一天（1 至 31）
cfg-window-too-long = {$days} 天超出了繳費期可能的長度（最多 {$max} 天）
cfg-fee-beyond-any-bill = 月費 {$fee} 超出任何帳單的範圍（最多 {$max}）
cfg-no-such-service = 沒有編號為「{$id}」的 [[service]]
cfg-expect-currency = 三個字母的幣別代碼，如 CNY
cfg-expect-country = 兩個字母的國家代碼，如 CN、US 或 GB
cfg-expect-holder-type = "consumer"（個人）或 "business"（公司行號）
cfg-expect-service-id = 由字母、數字、「-」或「_」組成的服務編號
cfg-expect-amount = 金額，如 "258.00"
cfg-expect-date = 日期，如 "2025-09-10"
cfg-two-dates = 應為兩個日期 ["起", "訖"]，實際有 {$count} 個值
cfg-order-days = 起始日（{$first}）晚於結束日（{$last}）
cfg-two-periods = 應為兩個帳期 ["起", "訖"]，實際有 {$count} 個值
cfg-expect-period = 帳期，如 "2025-01"
cfg-order-periods = 起始帳期（{$first}）晚於結束帳期（{$last}）

## 格式描述檔錯誤

profile-bad-id = 編號應由字母、數字、「-」和「_」組成，如 "mybank-debit"
profile-builtin-id = 「{$id}」是內建格式的編號，請另選一個
profile-no-matches = 應列出用來辨識這種匯出檔的表頭儲存格，如 ["交易日期", "金額"]
profile-unknown-encoding = 無法辨識的編碼「{$encoding}」：應為 utf-8、gbk、gb18030、utf-16le、big5 等
profile-bad-date-format = 「{$format}」不是有效的日期格式（應類似 "%d/%m/%Y"）
profile-bad-decimal = 小數點應為 "." 或 ","，實際為「{$found}」
profile-bad-regex = 不是有效的正規表示式：{$detail}
profile-bad-column = 應為表頭名稱，或從 1 開始的欄號
profile-needs-date = [columns] 中須有 date
profile-needs-amount = [columns] 中須有 amount，或者同時有 income 和 expense
profile-bill-needs = 帳單格式描述檔的 [columns] 中須有 period、item 和 amount
profile-usage-needs = 通聯明細格式描述檔的 [columns] 中須有 start
profile-column-not-allowed = 欄位 {$column} 不屬於這類格式描述檔

## 規則檔錯誤

rule-error-bad-id = 規則編號應由小寫字母、數字和「-」組成，實際為「{$found}」
rule-error-unknown-check = 沒有檢查「{$check}」；現有的檢查是：{$checks}
rule-error-amount = 應為金額，如 "0.01"，實際為「{$found}」
rule-error-params = 檢查 {$check} 的 [params] 無效：{$detail}
rule-error-needs-text = 規則須有 [{$kind}]，至少寫明以下一種語言：{$languages}
rule-error-unknown-language = [{$kind}] 中的語言「{$language}」沒有對應的訊息目錄；現有的語言是：{$languages}
rule-error-needs-item = 檢查 {$check} 須有 [filter] item = "正規表示式"

## 匯入：範例格式（src/import/formats/example.rs）

example-row-error = 應為「項目=金額」，實際為「{$found}」
## 非本案幣別的金額

apart-summary = {$count} 筆金額的幣別不是本案的 {$case}，已另行列出：不計入合計，不參與比對，也不列入爭議。
apart-record = {$at}：{$amount} {$currency}（{$what}）已另行列出，未以 {$case} 計算。
apart-more = 另有 {$count} 筆其他幣別的金額，見各檔案的匯入摘要（billaudit import）。
report-kept-apart = 另行列出（其他幣別）：{$at}  {$amount} {$currency}  {$what}
report-currencies = 檔案所列幣別：{$list}

## 無法讀取的詳單列

expect-currency = 幣別，如 CNY、USD 或 人民幣
profile-bad-currency = 應為 ISO 4217 幣別代碼，如 "USD"，實際為 "{$found}"
chart-unreadable-records = 詳單無法讀取
statement-error-currency = {$field}：應為 ISO 4217 幣別代碼，如 EUR，實際為 "{$found}"
skip-foreign-currency = 非本案幣別的金額（另行列出：不計入合計、不參與比對、不列入爭議）
skip-total-unchecked-foreign = 帳單合計未核對：該帳單有些項目是其他幣別
list-join = {$first}{ list-sep }{$rest}
unread-usage-dated = {$file}：{$months}有 {$rows} 列詳單無法讀取，可讀的紀錄中沒有 {$service} 的使用；這些月份不作為 {$service} 未使用的證據。
unread-usage-undated = {$file}：有 {$rows} 列詳單無法讀取，日期不明；{$months}可讀的紀錄中沒有 {$service} 的使用，但這些月份不作為 {$service} 未使用的證據。

## 損毀或惡意建構的檔案（匯入防護）：拒絕讀取的原因

guard-zip-no-end = ZIP 壓縮檔缺少中央目錄結束紀錄（檔案不完整或已損毀）
guard-zip-end-damaged = ZIP 結束紀錄已損毀
guard-zip64 = 這是 ZIP64 壓縮檔；不讀取這麼大的試算表
guard-zip-too-many-entries = ZIP 宣告了 {$entries} 個項目（最多讀取 {$max} 個）
guard-zip-directory-damaged-at = ZIP 中央目錄在第 {$entry} 個項目處損毀
guard-zip-directory-damaged = ZIP 中央目錄已損毀
guard-zip64-entry = ZIP64 項目 {$name}；不讀取這麼大的試算表
guard-zip-bomb-entry = ZIP 項目 {$name} 宣告由 {$compressed} 位元組壓縮資料解壓縮為 {$size} 位元組（疑為 ZIP 炸彈）
guard-zip-too-large = ZIP 各項目宣告的解壓縮後總大小超過 {$mib} MiB（疑為 ZIP 炸彈）
guard-workbook-not-xlsx = 不是 XLSX 活頁簿（{$error}）；不讀取 ODS 和 XLSB 格式
guard-reader-panicked = 試算表讀取程式在一筆損毀的紀錄上出錯（{$detail}）
guard-panic-no-message = 無說明
guard-xlsx-damaged = XLSX 檔案包已損毀：{$error}
guard-xlsx-part-too-large = 元件 {$name} 解壓縮後有 {$mib} MiB（最多讀取 {$max} MiB）
guard-xlsx-workbook-span = 各工作表合計跨越 {$cells} 個儲存格（最多讀取 {$max} 個）
guard-xlsx-reference = 儲存格參照 {$reference} 超出 Excel 的上限（第 {$max_row} 列、XFD 欄）
guard-xlsx-sheet-cells = 一個工作表含有超過 {$max} 個儲存格（最多讀取這麼多）
guard-xlsx-sheet-span = 一個工作表的儲存格跨越 {$rows} 列 × {$cols} 欄（儲存格 {$cell}）；最多讀取 {$max} 個儲存格
guard-xlsx-damaged-xml = 元件 {$name} 的 XML 在第 {$byte} 位元組處損毀：{$error}
guard-xlsx-shared-strings = 共用字串表 {$name} 宣告了 {$count} 個字串（最多讀取 {$max} 個）
guard-xls-stream-directory = 目錄
guard-xls-stream-mini = 迷你資料流
guard-xls-stream-mini-fat = 迷你 FAT
guard-xls-stream-workbook = Workbook 資料流
guard-xls-sector-past-end = 磁區 {$id} 位於檔案結尾之後
guard-xls-in-stream = {$stream}：{$error}
guard-xls-chain-loops = {$stream}：磁區鏈繞回到了磁區 {$id}
guard-xls-no-fat-entry = {$stream}：磁區 {$id} 沒有 FAT 項目
guard-xls-container = XLS 容器已損毀（{$what}）
guard-xls-short-header = 檔頭不完整
guard-xls-sector-size = 磁區大小有誤
guard-xls-difat-loops = DIFAT 鏈形成迴圈
guard-xls-fat-twice = FAT 磁區 {$id} 被列出了兩次
guard-xls-no-root = 沒有根目錄
guard-xls-empty-root = 根目錄為空
guard-xls-no-workbook-stream = OLE 檔案中沒有 Workbook 資料流（不是 Excel 活頁簿）
guard-xls-record-cut = 紀錄不完整
guard-xls-record-past-end = 紀錄 {$record} 超出了資料流的結尾
guard-xls-continue-past-end = CONTINUE 紀錄超出了資料流的結尾
guard-xls-in-sheet = 第 {$sheet} 個工作表：{$error}
guard-xls-dimensions = 第 {$sheet} 個工作表宣告了 {$cells} 個儲存格（DIMENSIONS 紀錄；最多讀取 {$max} 個）
guard-xls-sheet-span = 第 {$sheet} 個工作表跨越 {$cells} 個儲存格（儲存格相距太遠；最多讀取 {$max} 個）
guard-xls-workbook = XLS 活頁簿已損毀：{$error}
guard-xls-sheet-past-end = 第 {$sheet} 個工作表的起點超出了資料流的結尾
guard-xls-workbook-span = 各工作表合計跨越超過 {$max} 個儲存格（最多讀取這麼多）
guard-pdf-inflate = 其壓縮資料流解壓縮後超過 {$mib} MiB（讀取上限）
pdf-thread-not-started = 無法啟動文字擷取執行緒：{$error}
pdf-thread-no-result = 文字擷取執行緒結束時沒有產生結果
pdf-too-many-pages = 共 {$pages} 頁（最多讀取 {$max} 頁）
pdf-too-much-text = 文字超過 {$max} 個字元
pdf-page-error = 第 {$page} 頁：{$error}
csv-line-too-long = 第 {$line} 列超過 {$kib} KiB（不是表格匯出檔）
csv-row-too-long = 從第 {$line} 列開始的一列（是否有引號未閉合？）超過 {$kib} KiB（不是表格匯出檔）
tx-reversal = 沖正：{$description}
