# billaudit 消息目录：简体中文（zh-CN）。
# 每条消息一个 id；三种语言的目录必须有相同的 id（测试会检查）。
# 金额、日期、文件名由程序格式化后作为参数传入。

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

## 期限状态

status-urgent = 紧急
status-passed = 已过
status-open = 现在可以
status-ahead = 未到

## 升级步骤：运营商

step-carrier-first-hotline = 先向运营商投诉（客服电话{$hotline}）。尽量选择留有时间记录的渠道，例如营业厅App或网上投诉、书面投诉并取得回执，并记下工单号。
step-carrier-first = 先向运营商投诉。尽量选择留有时间记录的渠道，例如营业厅App或网上投诉、书面投诉并取得回执，并记下工单号。
step-carrier-done = 已于{$date}向运营商投诉；请保留工单号和通话记录。
step-carrier-refused = 运营商已于{$date}明确拒绝或给出不满意的答复；请保留相关记录。

## 升级步骤：中国

cn-records-ahead = 按入网协议的通常约定，计费原始数据只保存5个月（不含当月）：请在{$date}之前免费索取争议月份的收费清单（详单）（{$cite}）。提出异议后，运营商应将有异议的话单保存到争议解决为止。
cn-records-now = 已有{$count}笔争议费用超过4个月（最早一笔为{$oldest}）。按入网协议的通常约定，计费原始数据只保存5个月：请现在就免费索取争议月份的收费清单（详单）（{$cite}），并明确提出异议，运营商应将有异议的话单保存到争议解决为止。
cn-window-oldest = 收费争议须在申诉事项发生之日起5个月内提出申诉（{$cite}）。本工具从账期第一天起算，比较保守：最早一笔争议费用（{$charge}）的申诉期限为{$date}。
cn-window-newest = 最近一笔争议费用（{$charge}）的申诉期限为{$date}。
cn-window-passed-consumer = 已有{$count}笔超过申诉期限，这部分仍可以向运营商主张，或作为另一条途径向12315或当地消费者协会投诉，也可以向法院起诉。
cn-window-passed = 已有{$count}笔超过申诉期限，这部分仍可以向运营商主张，或向法院起诉。
cn-appeal-risk = 注意：有{$count}笔争议费用的申诉期限在可以申诉之前就会届满（最早一笔{$charge}的期限为{$date}，而申诉最早{$opens}才能提出）。请现在就要求运营商给出明确答复；运营商明确拒绝的，当天即可申诉。
cn-last-safe-complaint = 最后安全投诉日：为保住最早一笔争议费用（{$charge}）的申诉权，请最迟于{$date}向运营商投诉（投诉满15日后才能申诉，而这笔费用的申诉期限为{$end}）。
cn-appeal-first = 申诉受理机构只受理已经向运营商投诉、且对处理结果不满意或运营商15日内未答复的申诉（{$cite}）。先向运营商投诉并记下工单号；之后向被申诉企业所在省（自治区、直辖市）的电信用户申诉受理机构申诉（电话12300）。
cn-appeal-after = 已于{$complained}向运营商投诉。15日答复期到{$expires}届满，{$opens}起可向被申诉企业所在省（自治区、直辖市）的电信用户申诉受理机构申诉（电话12300；{$cite}）。如运营商在此之前明确拒绝，当天即可申诉。
cn-appeal-refused = 运营商已于{$date}明确拒绝或答复不满意，现在即可向被申诉企业所在省（自治区、直辖市）的电信用户申诉受理机构申诉（电话12300；{$cite}）。
cn-consumer-alternative = 12315或当地消费者协会是另一条途径，只在申诉不被受理或费用已超过申诉期限时使用，不要与申诉同时提出：消费者组织或其他行政机关已经受理的事项，申诉受理机构不予受理（{$cite_bar}；{$cite}）。
cn-court = 向法院起诉的诉讼时效为3年，自知道或应当知道权利受损之日起算（{$cite}）；按最早一笔争议费用保守估算，约至{$date}。书面投诉可以中断时效，请保留好。

## 升级步骤：美国

us-fcc = 运营商不解决的，可以向美国联邦通信委员会提交非正式投诉（fcc.gov/complaints）；委员会会把投诉转给运营商，运营商一般须在30日内答复（{$cite}）。
us-fcc-telecom = 运营商不解决的，可以向美国联邦通信委员会提交非正式投诉（fcc.gov/complaints）；委员会会把投诉转给运营商，运营商一般须在30日内答复（{$cite}）。账单上的每项收费都应附有清楚的说明（{$cite_billing}）。
us-state = 也可以向所在州的公用事业委员会或州检察长投诉（州公用事业委员会对无线和宽带业务的管辖有限）。
us-bank = 从银行账户扣款（借记卡或自动转账）的：在载有该笔扣款的对账单寄出后60日内书面通知银行（{$cite}）；最早一笔争议扣款（{$debit}）约在{$date}之前。银行处理不当的，可以向消费者金融保护局投诉（consumerfinance.gov/complaint）。
us-card = 用信用卡支付的：在载有该笔费用的第一张账单寄出后60日内向发卡机构提出书面争议（{$cite}）；最早一笔争议费用（{$charge}）约在{$date}之前，账单日较晚的以账单日起算。
us-business-bank = 企业账户：银行扣款和信用卡争议的消费者保护规定不适用，以银行或发卡机构与企业的协议为准。
us-small-claims = 请查看合同是否有仲裁条款；小额诉讼法庭通常仍可使用。

## 升级步骤：英国

gb-adr-first = 先向运营商投诉。收到僵局函（deadlock letter）后，或投诉满{$weeks}周后，可以把争议提交运营商所属的替代性争议解决机构（通信申诉专员或CISAS；运营商的信件会写明是哪一家，英国通信管理局网站也可查询）。该程序免费，裁决只有在您接受时才对运营商有约束力（{$cite}）。
gb-adr-after = 已于{$complained}向运营商投诉：收到僵局函后，或投诉满{$weeks}周后（{$date}起），可以把争议提交运营商所属的替代性争议解决机构（通信申诉专员或CISAS）。该程序免费，裁决只有在您接受时才对运营商有约束力（{$cite}）。
gb-adr-deadlock = 运营商已于{$date}出具僵局函或拒绝解决：现在即可把争议提交运营商所属的替代性争议解决机构（通信申诉专员或CISAS）（{$cite}）。

## 升级步骤：其他国家

generic-local = 本工具没有{$country}的已核对法规：请书面投诉并保留所有编号；运营商不解决的，请向{$country}的电信监管机构或消费者保护机构咨询下一步。
generic-local-unknown = 配置中没有写明国家（[account] country），本工具不引用任何法规：请书面投诉并保留所有编号；运营商不解决的，请向所在地的电信监管机构或消费者保护机构咨询下一步。

## 法律依据表

legal-provision = 条文
legal-says = 内容
legal-source = 核对所依据的文本
legal-source-inline = （核对依据：{$source}）
cite-appeal-9 = 《电信用户申诉处理办法》第九条
prov-appeal-9 = 申诉由被申诉人所在省、自治区、直辖市的电信用户申诉受理机构受理；未设立的，由工业和信息化部电信用户申诉受理中心受理。
cite-appeal-10 = 《电信用户申诉处理办法》第十条
prov-appeal-10 = 申诉须满足：申诉人与申诉事项有直接利害关系；有明确的被申诉人；有具体的申诉要求和事实根据；已向被申诉人投诉，且对其处理结果不满意或其未在15日内答复。
cite-appeal-11-1 = 《电信用户申诉处理办法》第十一条第一项
prov-appeal-11-1 = 属于收费争议的申诉，申诉事项发生时距提起申诉时超过五个月的，不予受理。
cite-appeal-11-4 = 《电信用户申诉处理办法》第十一条第四项
prov-appeal-11-4 = 人民法院、仲裁机构、消费者组织或者其他行政机关已经受理或者处理的，不予受理。
cite-appeal-12 = 《电信用户申诉处理办法》第十二条
prov-appeal-12 = 申诉应写明：申诉人姓名或名称、地址、电话号码、邮政编码；被申诉人名称、地址；申诉要求、理由、事实根据；申诉日期。
cite-appeal-13 = 《电信用户申诉处理办法》第十三条
prov-appeal-13 = 申诉人未向被申诉人投诉的，申诉受理机构告知其先向被申诉人投诉。
cite-telecom-33 = 《电信条例》第三十三条
prov-telecom-33 = 国内长途通信、国际通信、移动通信和信息服务等收费清单，用户要求时，电信业务经营者应当免费提供。
cite-telecom-39 = 《电信条例》第三十九条
prov-telecom-39 = 用户对收费有异议的，可以要求电信业务经营者解决；拒不解决或对结果不满意的，可以向电信管理机构或其他有关部门申诉，收到申诉的机关应在30日内答复。
cite-consumer-26 = 《消费者权益保护法》第二十六条
prov-consumer-26 = 经营者不得以格式条款作出对消费者不公平、不合理的规定；格式条款含有此类内容的，其内容无效。仅适用于为生活消费的消费者。
cite-consumer-39 = 《消费者权益保护法》第三十九条
prov-consumer-39 = 消费争议可以协商和解、请求消费者协会或依法成立的调解组织调解、向有关行政部门投诉、依仲裁协议申请仲裁或向法院起诉。仅适用于消费者。
cite-civil-496 = 《民法典》第四百九十六条
prov-civil-496 = 提供格式条款的一方应提示对方注意与其有重大利害关系的条款，并按对方要求予以说明；未履行提示或说明义务的，对方可以主张该条款不成为合同的内容。
cite-civil-497 = 《民法典》第四百九十七条
prov-civil-497 = 格式条款不合理地免除或减轻提供方责任、加重对方责任、限制对方主要权利，或排除对方主要权利的，该条款无效。
cite-civil-577 = 《民法典》第五百七十七条
prov-civil-577 = 当事人一方不履行合同义务或履行不符合约定的，应当承担继续履行、采取补救措施或赔偿损失等违约责任。
cite-civil-585 = 《民法典》第五百八十五条
prov-civil-585 = 约定的违约金过分高于造成的损失的，人民法院或仲裁机构可以根据当事人的请求予以适当减少；与运营商协商时只是一个理由。
cite-civil-985 = 《民法典》第九百八十五条
prov-civil-985 = 得利人没有法律根据取得不当利益的，受损失的人可以请求其返还。
cite-civil-188 = 《民法典》第一百八十八条
prov-civil-188 = 向人民法院请求保护民事权利的诉讼时效期间为三年，自权利人知道或应当知道权利受到损害以及义务人之日起计算。
cite-cfr-64-2401 = 美国《联邦法规汇编》第47编第64.2401条
prov-cfr-64-2401 = 账单真实性：每项收费都须附有简明、清楚、不误导的说明，并列明提供该服务的公司；不适用于宽带上网服务。
cite-fcc-informal = 美国联邦通信委员会非正式投诉程序
prov-fcc-informal = 向联邦通信委员会提交的非正式投诉会转给运营商，运营商一般须在30日内书面答复。
cite-reg-e-1005-11 = 美国《联邦法规汇编》第12编第1005.11条（E条例）
prov-reg-e-1005-11 = 消费者在载有电子转账错误的对账单寄出后60日内通知银行的，银行须调查并更正错误。仅适用于消费者账户。
cite-fcba-1666 = 美国《诚实信贷账单法》（《美国法典》第15编第1666条）
prov-fcba-1666 = 消费者在载有账单错误的第一张账单寄出后60日内书面通知发卡机构的，发卡机构须调查并更正。仅适用于消费者信用卡。
cite-ofcom-adr = 英国通信管理局关于替代性争议解决的规定
prov-ofcom-adr = 运营商必须加入经批准的替代性争议解决机构（通信申诉专员或CISAS）；客户在收到僵局函后，或投诉满8周后（2026年4月8日起的投诉为6周），可以免费提交争议。

src-measures = 《电信用户申诉处理办法》（工业和信息化部令第35号）第九至十四条全文；工业和信息化部湖北省通信管理局电信用户申诉页面（hubca.miit.gov.cn/gzcy/dxyhss/）
src-regulations = 《中华人民共和国电信条例》（2016年修订）全文
src-consumer-law = 《中华人民共和国消费者权益保护法》（2013年修正）全文
src-civil-code = 《中华人民共和国民法典》（2020年）全文
src-civil-code-unchecked = 《中华人民共和国民法典》（2020年）；本条未逐字重新核对
src-cfr-64 = 美国《联邦法规汇编》第47编第64.2400至64.2401条（2014年文本；第64.2401条(b)款自2005年起适用于无线业务，见《联邦公报》第70卷第29979页）
src-fcc = 美国联邦通信委员会消费者投诉中心页面（consumercomplaints.fcc.gov，官方说明）
src-reg-e = 《美国法典》第15编第1693f条；《联邦法规汇编》第12编第1005.11条；本表未逐字重新核对
src-fcba = 《美国法典》第15编第1666条；《联邦法规汇编》第12编第1026.13条；本表未逐字重新核对
src-ofcom = 英国通信管理局替代性争议解决页面（官方说明）；该局2025年7月8日的声明及通信申诉专员的新闻稿：2026年4月8日起等待期为6周（二手资料）

## 通话脚本：证据

script-the-line = 这条线路
script-part = {$when}{$amount}
ev-after-cancellation = {$service}已于{$date}申请停用，但停用之后仍被收费，共{$amount}（{$parts}；停用当月按停用后的天数折算）。
ev-after-cancellation-undated = {$service}申请停用之后仍被收费，共{$amount}（{$parts}）。
ev-unexplained-deduction = {$dates}账户被扣款共{$amount}，找不到任何账单与之对应。
ev-duplicate-payment = {$dates}同一张账单被重复扣款，多扣了{$amount}。
ev-payment-mismatch = {$months}实际扣款比账单金额多出{$amount}。
ev-duplicate-charge = {$months}账单上同一项目重复收费，共{$amount}。
ev-usage-fee-unbacked = {$months}账单收取了使用费共{$amount}，但详单里没有对应的使用记录。
ev-charge-during-suspension = {$months}线路在停机保号期间仍被收取{$amount}。
ev-unsubscribed-charge = {$months}账单上有我们从未订购的业务，共收费{$amount}。
ev-price-above-contract = {$months}收费高于合同约定的价格，多收了{$amount}。
ev-bill-total-mismatch = {$months}账单总额与明细对不上，差额{$amount}。
ev-promised-refund-missing = 客服承诺的退款{$amount}到现在还没有到账。
ev-termination-fee = {$months}的账单另外收取了提前解约违约金{$amount}。
ev-unused-service = {$months}，{$service}没有任何使用记录，这{$count}个月的月租在这一项中计{$amount}。
ev-other = {$months}另有费用共{$amount}需要核实。
ev-overlap = 其中{$months}另有{$amount}已计入其他项，不重复计算。
ev-total = 以上合计{$amount}。
ev-documents = 账单、银行流水和详单我都有，需要的话可以发给你们核对。

## 通话脚本：权益

right-after-cancellation = 停用之后的收费没有合同依据，应当全额退还
right-unexplained-debit = 没有账单依据的扣款，请退还，或者告诉我这笔钱对应的是哪一张账单
right-billing-error = 账单上的这些收费与合同和实际情况不符，应当退还
right-termination-fee-cn = 关于违约金，请出示合同中的违约金条款，以及签约时向我们提示、说明该条款的记录（{$cite_prompt}）。没有提示说明的，该条款不构成合同内容；即使条款有效，金额明显过高的也可以请求调减（{$cite_reduce}，最终由法院或仲裁机构认定）。
right-termination-fee = 关于提前解约违约金，请出示合同中的相关条款，以及签约时告知我们的记录
right-idle-request = 这条线路连续{$count}个月没有任何使用记录，麻烦后台核实这段时间线路是否正常可用；我们请求减免这段时间的月租。
right-records-cn = 请免费提供争议月份的收费清单（详单）
right-appeal-cn = 对收费有异议，我们可以投诉，也可以向电信用户申诉受理机构申诉
right-descriptions-us = 账单上的每一项收费都应当有清楚的说明
right-records = 请提供争议月份的逐项收费明细和使用记录

## 通话脚本：要求

demand-refund = 请退还上面确定多收的费用，共{$amount}。
demand-clause = 请出示违约金条款和签约时的提示、说明记录；拿不出来的，请免除这笔{$amount}。
demand-waive = 请核实线路在{$months}是否正常可用，并减免这段时间的月租{$amount}。
demand-confirm-cancellation = 请确认{$service}已于{$date}停用，此后不再产生任何费用。
demand-stop = 请停止{$service}，此后不再收费。
demand-records = 请免费提供业务订购凭证和争议月份的收费清单（详单）。
demand-hand-off = 我理解您这边可能没有权限直接退费，麻烦您把情况转给投诉专席或后台处理。
demand-call-back = 请在{$hours}小时内回电或发短信告诉我处理方案；如果需要后台核实，请告诉我具体什么时候答复。
demand-read-back = 最后跟您核对一下：工单号是多少？您的工号是多少？答复时间是哪天？我记一下，谢谢您。

## 通话脚本：开场

opening-business = 您好，我是{$holder}的经办人，账号{$numbers}。想就近几个月的账单正式登记一个投诉，涉及金额共{$total}，麻烦您帮我建一个投诉工单，谢谢。
opening-business-no-number = 您好，我是{$holder}的经办人。想就近几个月的账单正式登记一个投诉，涉及金额共{$total}，麻烦您帮我建一个投诉工单，谢谢。
opening-consumer = 您好，我是机主，号码{$numbers}。想就近几个月的账单正式登记一个投诉，涉及金额共{$total}，麻烦您帮我建一个投诉工单，谢谢。
opening-consumer-no-number = 您好，我是机主。想就近几个月的账单正式登记一个投诉，涉及金额共{$total}，麻烦您帮我建一个投诉工单，谢谢。

## 通话时记下

check-time = 通话日期和时间
check-ticket = 工单号
check-agent = 客服姓名或工号
check-promise = 对方承诺了什么
check-by-when = 承诺的期限

## 没有合理答复时

if-no-answer-call-again-hotline = {$hours}小时内没有答复：再次致电{$hotline}，报上工单号，请求转投诉专席升级处理，并保留通话记录。
if-no-answer-call-again = {$hours}小时内没有答复：再次致电运营商客服，报上工单号，请求转投诉专席升级处理，并保留通话记录。
if-no-answer-business-channel = 企业账户也可以直接联系政企客户经理或政企客服热线，同样请对方登记投诉工单。

## 案件状态：下一步

next-call-carrier-hotline = 打运营商客服{$hotline}投诉，照证据包里的通话脚本说，记下工单号；然后运行 billaudit case log {$case} --call --ticket 工单号 --agent 客服工号 --promised "承诺内容"。
next-call-carrier = 打运营商客服投诉，照证据包里的通话脚本说，记下工单号；然后运行 billaudit case log {$case} --call --ticket 工单号 --agent 客服工号 --promised "承诺内容"。
next-ask-records-cn = 现在就免费索取争议月份的收费清单（详单）（{$cite}）：按入网协议的通常约定，原始话单只保存5个月。
next-ask-records = 现在就向运营商索取争议月份的逐项收费明细和使用记录，并保存好。
next-wait = 等到{$date}，把新的账单和流水导出放进案件目录，再运行 billaudit case status {$case}。
next-call-again-cn = 投诉后第16天起，或运营商明确拒绝时，即可申诉。
next-call-again-gb = 收到僵局函或等待期满后，即可提交替代性争议解决机构。
next-call-again-hotline = 再次致电{$hotline}，报上工单号，请求升级处理，并请对方回电或短信告知方案。{$then}运营商明确拒绝的，运行 billaudit case log {$case} --refused 记下来。
next-call-again = 再次致电运营商客服，报上工单号，请求升级处理，并请对方回电或短信告知方案。{$then}运营商明确拒绝的，运行 billaudit case log {$case} --refused 记下来。
next-appeal-cn = 向被申诉企业所在省（自治区、直辖市）的电信用户申诉受理机构申诉（电话12300；{$cite}）：billaudit case appeal {$case} 生成申诉材料。
next-consumer-alternative = 已超过申诉期限的费用，可以另外向12315或当地消费者协会投诉；同一事项不要与申诉同时提出（{$cite_bar}；{$cite}）。
next-fcc = 向美国联邦通信委员会提交非正式投诉（fcc.gov/complaints；{$cite}）：billaudit case appeal {$case} 生成投诉内容。
next-adr = 把争议提交运营商所属的替代性争议解决机构（通信申诉专员或CISAS；{$cite}）：billaudit case appeal {$case} 生成申请内容。
next-local = 向{$country}的电信监管机构或消费者保护机构咨询下一步：billaudit case appeal {$case} 生成书面投诉内容。
next-local-unknown = 向所在地的电信监管机构或消费者保护机构咨询下一步：billaudit case appeal {$case} 生成书面投诉内容。
next-nothing = 没有发现问题，也没有进行中的投诉，无需处理。
next-done = 承诺的退款都已到账，请保留好所有记录。

## 承诺的退款

promised-refund-title = 承诺的退款{$amount}未到账
promised-refund-reason = {$date}通话中，客服{$agent}承诺（工单号{$ticket}）：“{$promise}”。截至{$as_of}，之后的账单和流水中只找到{$found}的退款或抵扣，仍差{$missing}。

## 申诉材料

appeal-title = { $route ->
    [cn] 电信用户申诉
    [us] 致美国联邦通信委员会的非正式投诉
    [gb] 替代性争议解决申请
   *[other] 书面投诉
}
appeal-f-appellant = { $route ->
    [cn] 申诉人（姓名或名称）
   *[other] 投诉人（姓名或名称）
}
appeal-f-contact-person = 联系人
appeal-f-address = 地址
appeal-f-postcode = 邮政编码
appeal-f-phone = 电话号码
appeal-f-respondent = { $route ->
    [cn] 被申诉人（全称）
   *[other] 被投诉的运营商（全称）
}
appeal-f-respondent-address = { $route ->
    [cn] 被申诉人地址
   *[other] 运营商地址
}
appeal-f-numbers = 涉及号码或账号
appeal-f-demands = { $route ->
    [cn] 申诉请求
   *[other] 请求
}
appeal-f-facts = 事实和理由
appeal-f-prior = { $route ->
    [cn] 已向被申诉人投诉情况
   *[other] 已向运营商投诉情况
}
appeal-f-exhibits = 附件
appeal-f-basis = 依据
appeal-f-omitted = 未列入的事项
appeal-f-date = { $route ->
    [cn] 申诉日期
   *[other] 日期
}
appeal-ask-full-name = {$carrier}（全称请按合同或发票填写：{$blank}）
appeal-omitted-review = 未列入：{$title}（仅需核实，不构成争议金额）。
appeal-omitted-window = 未列入：{$title}（收费争议的申诉期限已于{$date}届满；仍可向运营商主张或向法院起诉）。
appeal-demand-refund = 退还停用后收取的费用、无账单依据的扣款及其他多收费用，共{$amount}。
appeal-demand-clause = 出示违约金条款及签约时的提示、说明记录；不能出示的，免除违约金{$amount}。
appeal-demand-waive = 核实线路在{$months}是否正常可用，并减免该期间的月租{$amount}。
appeal-demand-confirm-cancellation = 确认{$service}已于{$date}停用，此后不再产生任何费用。
appeal-demand-stop = 停止{$service}，此后不再收费。
appeal-demand-records-cn = 免费提供业务订购凭证及争议月份的收费清单（详单）（{$cite}）。
appeal-demand-answer-cn = 在规定期限内答复（{$cite}）。
appeal-demand-records = 提供业务订购记录及争议月份的逐项收费明细。
appeal-no-facts = 没有需要申诉的争议费用。
appeal-facts-total = 以上争议金额合计{$amount}，各项互不重复。
appeal-prior-none = 尚未向运营商投诉。申诉受理机构只受理已向被申诉人投诉的申诉，请先投诉并记下工单号。
appeal-not-recorded = 未记录
appeal-channel-call = 电话
appeal-channel-letter = 书面
appeal-channel-other = 其他方式
appeal-prior-entry = {$when}通过{$channel}向{$carrier}投诉，工单号{$ticket}，客服工号{$agent}。
appeal-prior-promise = 对方承诺：“{$promise}”。
appeal-prior-refused = 对方明确拒绝或答复不满意。
appeal-prior-15-days-passed = 自{$date}投诉起，截至{$as_of}已满15日，问题仍未解决。
appeal-prior-unsatisfied = 对运营商的处理结果不满意。
appeal-prior-15-days-open = 投诉尚未满15日（{$date}起满15日）；如运营商明确拒绝，可以立即申诉。
appeal-exhibit-bills = 账单（{$months}）：{$files}
appeal-exhibit-statements = 银行或支付流水：{$files}
appeal-exhibit-usage = 详单：{$files}
appeal-exhibit-log = 投诉和通话记录：{$files}
appeal-exhibit-other = 其他材料：{$files}
appeal-exhibit-contract = 合同或入网协议、停用申请受理凭证（如有）
appeal-note-no-complaint = 注意：尚未记录向运营商的投诉，现在提交会被退回，请先投诉。
appeal-note-not-ready = 注意：现在提交可能还不会被受理（投诉未满等待期，运营商也尚未拒绝）。

## 管辖说明

note-country-from-carrier = 配置中没有写明国家（[account] country），按运营商{$carrier}取为{$country}；如不对，请在配置中写明。
note-country-from-currency = 配置中没有写明国家（[account] country），按币种{$currency}取为{$country}；如不对，请在配置中写明。
note-country-unknown = 配置中没有写明国家（[account] country），运营商和币种也无法判断：报告不引用任何法规。
note-holder-business = 按户名判断为企业账户（[account] holder_type 未填写）：不引用只保护消费者的法规和机构；如是个人账户，请写 holder_type = "consumer"。
note-holder-consumer = 按户名判断为个人消费者账户（[account] holder_type 未填写）；如是企业账户，请写 holder_type = "business"。

## 报告：终端与 Markdown

report-audit-of = 审计
report-skipped = 跳过
report-rows-could-not-be-read-see = 行无法读取（见 billaudit import）
report-nothing-flagged = 没有发现问题。
report-assumptions = 假设与说明
report-next-billaudit-audit-case-evidence-evide = 下一步：运行 billaudit audit 案件文件夹 --evidence evidence.md，生成证据清单和通话脚本。
report-disputed-total = 争议总额
report-disputed-items = 项争议
report-findings = 项发现
report-for-review-not-in-the-disputed = 仅供核实（不计入争议总额）
report-evidence-list-and-call-script = 证据清单与通话脚本
report-account-holder = 用户
report-carrier = 运营商
report-hotline = 客服电话
report-numbers = 号码/账号
report-findings-2 = 发现
report-as-of = 截至日期
report-timeline = 时间线
report-date = 日期
report-event = 事件
report-source-document = 来源文件
report-findings-and-evidence = 问题与证据
report-call-script = 通话脚本
report-1-evidence = 一、摆证据
report-2-rights = 二、摆权益
report-3-demands = 三、提要求
report-write-down-during-the-call = 通话时记下
report-if-no-fair-answer-comes = 没有合理答复时
report-legal-basis = 法律依据
report-evidence = 证据
report-disputed-record = 争议对象
report-disputed-amount = 争议金额
report-argument = 理由
report-rule = 规则
report-amount-for-review-not-in-the = 金额（仅供核实，不计入争议总额）
report-not-recognised = 未识别
table-period = 账期
table-rules = 规则
table-service = 业务
table-item = 项目
table-disputed = 争议金额
table-source = 来源
report-files-read = 读取{$files}个文件中的{$usable}个，共{$records}条记录。

## 证据包（HTML）

pack-title = 账单争议证据包
pack-holder = 用户
pack-numbers = 号码/账号
pack-carrier = 运营商
pack-hotline = 客服电话
pack-disputed-total = 争议总额
pack-findings = 问题数
pack-periods = 账期
pack-as-of = 截至日期
pack-deadlines = 适用的期限
pack-date = 日期
pack-status = 状态
pack-what = 事项
pack-timeline = 时间线
pack-event = 事件
pack-source = 来源文件
pack-items = 争议项目与证据
pack-period = 账期
pack-amount = 争议金额
pack-bill = 账单行
pack-payment = 银行/支付记录
pack-usage = 使用记录
pack-other = 其他依据
pack-reason = 理由
pack-rule = 规则
pack-none = 没有发现问题。
pack-charts = 图表
pack-legal = 法律依据
pack-provision = 条文
pack-content = 内容
pack-legal-note = 每一条都注明了核对所依据的文本；具体以现行官方文本为准。
pack-script = 通话脚本
pack-evidence = 一、摆证据
pack-rights = 二、摆权益
pack-demands = 三、提要求
pack-no-answer = 没有合理答复时
pack-checklist = 通话时记下
pack-escalation = 升级途径与期限
pack-assumptions = 假设与说明
pack-sep = 。
pack-timeline-note = 红色底纹 = 争议事件；黄色底纹 = 案件记录（通话、承诺）。
pack-no-provisions = 核对过的条文表中没有适用于该国家/地区的条文；请参考运营商条款和当地监管机构。
pack-generated = 由 billaudit 生成；所有金额、日期均来自上列文件。
pack-chart-idle = 红色斜线 = 有收费但详单显示无任何使用的月份
pack-chart-pay = 按账期对比账单金额与对应扣款；黄色背景 = 有无账单对应的扣款
pack-ticket = 工单号
pack-agent = 客服
pack-promised = 承诺
pack-call-to-the-carrier = 致电运营商
pack-written-complaint = 书面投诉
pack-appeal-filed = 提交申诉
pack-note = 备注
pack-part-sep = ；
pack-no-matching-debit-found = （未找到对应扣款）
pack-high = 高
pack-medium = 中
pack-low = 低
pack-info = 提示
timeline-period = {$period}（账期）
timeline-bill = 账单 {$amount}，{$lines} 项
timeline-debit = 扣款 {$amount} → {$payee}（{$description}）
timeline-debit-unbilled = 扣款 {$amount} → {$payee}（{$description}），无对应账单
timeline-credit = 退款/入账 {$amount} ← {$payee}（{$description}）
timeline-service-start = 开通 {$service}
timeline-service-cancelled = 申请停用 {$service}
pack-usage-summary = {$period}：{$records} 条记录，{$seconds}，{$bytes}
pack-cancellation-evidence = {$location} — {$service} 于 {$date} 申请停用
pack-idle-months = 闲置月份（{$count} 个）：{$months}

## 规则的标题和理由（rules/*.toml；案件自己的规则可以在文件里写 [title] 和 [argument]）

rule-bill-total-mismatch-title = {$period} 账单明细合计 {$sum} 与总额 {$stated} 不符
rule-bill-total-mismatch-argument = {$period} 账单各项合计 {$sum}，账单总额却为 {$stated}（差额 {$difference}）。请提供完整的费用清单并说明差额。
rule-charge-after-cancellation-title = {$period} {$service} 已申请停用仍被收费
rule-charge-after-cancellation-argument = 已于 {$cancelled} 申请停用 {$service}，但 {$period} 仍收取 {$item} {$billed}，其中 {$amount}（{$share}）属于停用之后，应予退还。
rule-charge-during-suspension-title = {$period} {$service} 停机保号期间仍被收费
rule-charge-during-suspension-argument = {$service} 于 {$suspended} 办理停机保号，但 {$period} 仍收取 {$item} {$billed}，其中 {$amount}（{$share}）属于停机期间。停机期间只应收取保号费，应予退还。
rule-duplicate-charge-title = {$period} 重复收费：{$item}
rule-duplicate-charge-argument = {$period} 账单中 {$item} 出现 {$count} 次，重复收取 {$amount}，应予退还。
rule-duplicate-payment-title = {$period} 账单 {$billed} 被重复支付
rule-duplicate-payment-argument = {$period} 账单 {$billed} 已于 {$first_date} 向 {$first_payee} 付清，{$date} 又向 {$payee} 支付 {$amount}（{$item}）。请退还重复支付的款项，或书面确认已计入账户余额。
rule-new-charge-title = {$period} 新增收费项目：{$item}
rule-new-charge-argument = {$item}（{$amount}）自 {$first} 起的账单中从未出现，{$period} 首次收取。请提供该业务的订购记录；本人未订购的应予退订并退费。
rule-payment-mismatch-title = {$period} 账单 {$billed}，实际扣款 {$paid}
rule-payment-mismatch-argument = {$period} 账单总额为 {$billed}，但实际扣款 {$paid}，多扣 {$amount}，应予退还。
rule-price-above-contract-title = {$period} {$service} 收费 {$billed} 高于合同价 {$contracted}
rule-price-above-contract-argument = 合同约定 {$service} 每月 {$contracted}，但 {$period} 账单收取 {$billed}（{$item}），超出 {$amount}。运营商不得在合同期内单方面提价，超出部分应予退还。
rule-price-change-title = {$period} {$item} 由 {$before} 变为 {$now}
rule-price-change-argument = {$item} 在 {$previous} 收取 {$before}，{$period} 却收取 {$now}（变动 {$amount}）。资费调整须事先告知并经本人同意，请说明调价依据，未经同意的差额应予退还。
rule-promo-expired-title = {$period} {$service} 合约期内优惠 {$item} 消失
rule-promo-expired-argument = {$service} 合约期至 {$term_end}，{$given_in} 的账单仍有优惠 {$item}（{$discount}），{$period} 的账单却没有该优惠。合约期内的优惠不得单方面取消，应补回 {$amount}。
rule-recurring-unknown-title = {$payee} 每月扣款 {$each}，没有对应的业务
rule-recurring-unknown-argument = {$first} 至 {$last} 期间，{$payee} 在 {$months} 个月共扣款 {$count} 次，每次 {$each}，合计 {$amount}，既没有对应账单，也不属于已登记的业务。如确为本人业务，请在 billaudit.toml 中补充：{$suggestion}；否则请要求说明扣款依据、停止扣款并退还。
rule-termination-fee-title = {$period} 提前解约违约金 {$amount} 需核实
rule-termination-fee-argument = {$period} 收取 {$item} {$amount}。请运营商出示合同中的违约金条款及签约时的提示、说明记录：未提示说明的，该条款不构成合同内容；金额明显过高的，可以请求调减。
rule-unexplained-deduction-title = {$date} 扣款 {$amount} 没有对应账单
rule-unexplained-deduction-argument = {$date} 向 {$payee} 扣款 {$amount}（{$item}），但没有任何账单与之对应。请说明该笔扣款的依据，否则退还。
rule-unsubscribed-charge-title = {$period} 未订购的收费项目：{$item}
rule-unsubscribed-charge-argument = {$period} 账单收取了 {$item} {$amount}，但本人从未订购该业务。请提供订购记录；无法提供则应退还。
rule-unused-service-title = {$period} {$service} 无使用记录却被收费
rule-unused-service-argument = {$period} 的详单中 {$service} 没有任何使用记录，但账单收取了 {$amount}（{$item}）。请运营商核实线路在该月是否正常可用，并请求减免该月费用。
rule-usage-fee-unbacked-title = {$period} {$service} 使用费 {$billed} 超出详单记录 {$recorded}
rule-usage-fee-unbacked-argument = {$period} 账单收取使用费 {$billed}（{$item}），而同期详单 {$records} 条记录的费用合计只有 {$recorded}，多收 {$amount}。使用费必须有详单支持，无记录支持的部分应予退还。
check-usage-summary = {$records} 条记录，{$seconds}，{$bytes}
check-share-after-cancellation = 取消后 {$after}/{$days} 天
check-share-suspended = 停机 {$off}/{$days} 天
check-whole-month = 整月

## 命令行：规则与案件状态

status-case = 案件
status-as-of = 截至
status-disputed-total = 争议总额
status-findings = 项发现
status-log = 记录
status-nothing-logged-yet = （还没有记录）
status-call = 致电
status-letter = 书面投诉
status-appeal = 申诉
status-note = 备注
status-ticket = 工单号
status-agent = 客服
status-promises = 承诺
status-kept = 已兑现
status-pending = 未到期
status-not-kept = 未兑现
status-not-checkable = 无法自动核对
status-due = 期限
status-found = 已找到
status-new-findings = 新发现
status-evidence = 证据
status-deadlines = 期限
status-next-step = 下一步
rules-explain-hint = billaudit explain 规则ID 显示规则的作用和意义。
appeal-date-line = 日期：{$date}

## 语言、数字与日期

meta-language-name = 简体中文
meta-locales = zh zh-CN zh-SG zh-Hans
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
duration-h-min = {$h}小时{$min}分
duration-min-s = {$min}分{$s}秒
duration-s = {$s}秒
error-unknown-language = 未知的语言“{$asked}”，可选的语言有：{$known}
chart-idle = 闲置
chart-no-records = 无详单
chart-charged = 月费用
chart-data-scaled = 流量（按比例）
chart-time-scaled = 时长（按比例）
chart-records-scaled = 使用记录（按比例）
chart-service-title = {$service}：每月费用与使用量
chart-unbilled-debit = 无账单扣款
chart-payments-title = 每期账单金额与实际扣款
chart-billed = 账单金额
chart-debited = 对应扣款
chart-debit-no-bill = 无账单扣款

## 导入：OFX 对账单

who-statement = 对账单
who-account = 账户 {$account}
ofx-no-ofx-element-after-header = 有 OFX 文件头，却没有 <OFX> 元素
ofx-syntax-expected-tags = 第 {$line} 行第 {$column} 列：{$error}（应为 OFX 标签）
ofx-syntax = 第 {$line} 行第 {$column} 列：{$error}
ofx-no-ofx-element = 没有 <OFX> 元素
ofx-transaction-outside-statement = 这笔交易（STMTTRN）不在任何对账单（STMTRS/CCSTMTRS）之内，未读取；文件在此处格式有误
ofx-profile-response = 这是 OFX 配置应答（PROFRS），不是对账单
ofx-account-list-response = 这是 OFX 账户列表应答（ACCTINFORS），不是对账单
ofx-signon-failed = OFX 登录失败（状态 {$code} {$severity}：{$message}），文件中没有对账单
ofx-error-response = OFX 返回错误（状态 {$code} {$severity}：{$message}），文件中没有对账单
ofx-signon-only = 只有 OFX 登录应答，文件中没有对账单
ofx-empty = OFX 文件是空的，没有对账单
ofx-note-transaction-outside-list = {$who}：第 {$line} 行的交易位于交易列表（BANKTRANLIST）之外，仍作为该对账单的一部分读取
ofx-reconcile-ledger = {$who}：{$name}加 {$count} 笔交易等于截至 {$date} 的账面余额
ofx-note-ledger-unchecked = {$who}：截至 {$date} 的账面余额为 {$balance} {$currency}；文件未列出期初余额，无法与 {$count} 笔交易（合计 {$sum}）核对
ofx-error-ledger-amount = 账面余额（LEDGERBAL/BALAMT）应为金额，如 -12.34，实际是“{$found}”
ofx-note-ledger-empty = {$who}：账面余额（LEDGERBAL/BALAMT）为空
ofx-note-no-ledger = {$who}：未列出账面余额
ofx-error-date-missing = 交易（STMTTRN）缺少入账日期（DTPOSTED），应为日期，如 20250131
ofx-error-date = 入账日期（STMTTRN/DTPOSTED）应为日期，如 20250131 或 20250131120000[-5:EST]，实际是“{$found}”
ofx-error-amount = 交易金额（STMTTRN/TRNAMT）应为带正负号的金额，如 -12.34，实际是“{$found}”

## 导入：OFX 语法

ofx-syntax-cdata-unclosed = 以“<![CDATA[”开始的 CDATA 段没有用“]]>”结束
ofx-syntax-tag-unclosed = 以“<”开始的标签没有用“>”结束
ofx-syntax-malformed-tag = 格式错误的标签“{$tag}”
ofx-syntax-empty-tag = 空标签“<>”
ofx-syntax-nameless-tag = 没有名称的标签“{$tag}”
ofx-syntax-too-deep = 元素嵌套超过 {$max} 层

## 导入：ISO 20022（camt）对账单

camt-not-camt = 这是 ISO 20022 文件，但不是 camt.052、camt.053 或 camt.054
camt-malformed-xml = 第 {$line} 行第 {$column} 列：XML 格式错误（{$error}）
camt-too-deep = 第 {$line} 行第 {$column} 列：元素嵌套超过 {$max} 层
camt-no-statement = {$version} 文件中没有任何 {$container}（没有对账单、报告或通知）
camt-note-version = {$version}，{$count} 个 {$container}
camt-error-amount = 交易金额（Ntry/Amt）应为不带正负号的金额，如 8.85，实际是“{$found}”
camt-error-direction = 借贷标记（Ntry/CdtDbtInd）应为 CRDT 或 DBIT，实际是“{$found}”
camt-error-no-date = 交易（Ntry）没有记账日（BookgDt）或起息日（ValDt），应为日期，如 2025-01-31
camt-error-date = 记账日（Ntry/BookgDt）应为日期，如 2025-01-31，实际是“{$found}”
camt-reconcile-count = {$who}：交易笔数（TxsSummry）
camt-note-count-not-number = {$who}：所列交易笔数“{$count}”不是数字
camt-reconcile-sum = {$who}：交易金额合计（TxsSummry）
camt-note-unreadable-entries = {$who}：有 {$count} 笔交易无法读取，下面的余额核对未包含这些交易
camt-reconcile-balance = {$who}：{$code} {$from} 加已记账交易等于 CLBD {$to}
camt-note-balance-not-number = {$who}：有余额金额不是数字，未核对余额
camt-note-no-balances = {$who}：没有可核对的期初（OPBD/PRCD）与期末（CLBD）余额（文件未列出任何余额）
camt-note-no-balance-pair = {$who}：没有可核对的期初（OPBD/PRCD）与期末（CLBD）余额（文件列出的余额：{$given}）

## 导入：MT940/MT942 对账单

mt940-balance-empty = 余额为空
mt940-balance-mark = 开头应为 C 或 D，实际是“{$found}”
mt940-balance-date = C/D 标记之后应为六位日期（年月日），实际是“{$found}”
mt940-balance-amount = 币种之后应为金额，如 1234,56，实际是“{$found}”
mt940-61-value-date = 应为六位起息日（年月日），实际是“{$found}”
mt940-61-entry-date = 应为四位记账日（月日），实际是“{$found}”
mt940-61-mark = 应为借贷标记 D、C、RD 或 RC，实际是“{$found}”
mt940-61-amount = 应为金额，如 12,50，实际是“{$found}”
mt940-no-message = 没有 MT940/MT942 报文（没有 :20: 字段）
mt940-note-fragment = 这是报文的片段：以 :{$tag}: 而不是 :20: 开头（第 {$line} 行）
mt940-note-balance-not-read = 第 {$line} 行：:{$tag}: 余额未读取：{$error}
mt940-note-field-not-read = 第 {$line} 行：:{$tag}: 未读取（“{$value}”）
mt940-error-61 = :61: {$error}
mt940-who = 对账单 {$reference}
mt940-who-account = 对账单 {$reference}（{$account}）
mt940-note-unreadable = {$who}：有 {$count} 笔交易无法读取，余额核对未包含这些交易
mt940-reconcile-balance = {$who}：{$from} 期初余额加各笔交易等于 {$to} 期末余额
mt940-note-no-balance-pair = {$who}：没有可核对的期初与期末余额
mt940-reconcile-debit-count = {$who}：借方笔数（:90:）
mt940-reconcile-debit-sum = {$who}：借方合计（:90:）
mt940-reconcile-credit-count = {$who}：贷方笔数（:90:）
mt940-reconcile-credit-sum = {$who}：贷方合计（:90:）

## 导入：电子邮件与网页账单

mail-unparsed = 看起来是电子邮件，但无法解析出邮件内容
mail-note-attachment-image = 附件“{$name}”是图片，未读取
mail-note-attachment-nested = 附件“{$name}”未读取：这是邮件中的邮件，或附件嵌套超过 {$max} 层
mail-note-own-tables = 邮件正文中的表格：{$file}：{$error}
mail-nothing-read = 已读取邮件，但其中没有账单表格，也没有可读取的附件（共 {$count} 个附件）
skip-in-attachment = {$file}：{$reason}
mail-note-attachment-not-read = 附件未读取：{$file}：{$error}
mail-note-attachment-read = 附件 {$file} 按 {$format} 格式读取：{$count} 条记录
html-nothing-recognised = 已读取网页，但在其 {$count} 行表格中没有找到账单或对账单表格
html-note-rows = 行号指网页中表格的第几行（“文件:行”即第几行表格）

## 导入：中国移动账单邮件

cmcc-no-period = 这封中国移动账单邮件没有写明账期（计费周期、账期或“某年某月……账单”），不予猜测，未读取
reconcile-items-of = {$name}各项
reconcile-in-sheet = 工作表“{$sheet}”：{$what}

## 导入：未读取的文件、PDF 与本程序的输出

format-image = 图片
format-ofd = OFD 文件（一种电子发票格式）
format-word = Word 文档
not-read-lock-file = 这是 Office 锁定文件（~$…），工作簿在 Excel 或 WPS 中打开时自动生成，不含数据：关闭工作簿（锁定文件会自动消失）或将其删除
not-read-format-not-yet = {$format}，暂不支持读取这种格式：请将账单或对账单导出为 CSV 或 XLSX（或用格式描述文件说明导出格式，参见 profiles/example-bank.toml）
own-output-findings-csv = 核查结果报表（CSV）
own-output-findings-json = 核查结果报表（JSON）
own-output-pack-markdown = 证据材料（Markdown）
own-output-pack-html = 证据材料（网页）
own-output-appeal = 申诉书
pdf-no-text = 已读取 PDF，但其 {$pages} 页中没有文字（只有扫描件或图片；本程序不做文字识别）
pdf-layout-not-recognised = 已读取 PDF，但无法识别其版式：共 {$pages} 页文字（{$lines} 行）；可用 billaudit import --dump-text 文件 查看这些文字，据此编写格式描述文件
pdf-needs-password = 这份 PDF 已加密，需要密码：请用 --password 提供，或写在 billaudit.toml 的 [import] 下的 password 中
pdf-wrong-password = 这份 PDF 已加密，所给的密码无法打开
pdf-malformed = 不是可读取的 PDF：{$detail}
pdf-extractor-failed = PDF 文字提取在这个文件上出错（{$detail}）
pdf-timed-out = PDF 文字提取未能在 {$seconds} 秒内完成，已放弃
pdf-too-large = PDF 过大：{$detail}
tmobile-no-issue-date = 这份 T-Mobile 账单没有出账日期，不予猜测账期
tmobile-note-period = 账期 {$period}：取出账日期 {$issued} 所在的月份
tmobile-note-no-totals = 账单摘要（THIS BILL SUMMARY）中没有合计行，无法核对各项

## 导入：运营商导出文件（美国、加拿大）与所列合计的核对

rogers-zip-many = 压缩包中有 {$count} 个 ALL_CALLS 文件，请解压后逐个导入
rogers-zip-no-header = 压缩包中的 {$name} 与其中任何 Header-*.txt 都对不上
rogers-note-from-zip = 从压缩包中读取了 {$name}
rogers-header-file = 这是 Rogers 的字段定义文件（Header-*.txt），说明旁边 ALL_CALLS 文件的各列，应导入的是那个文件
rogers-calls-without-header = 这是没有表头的 Rogers 通话文件，旁边缺少它的字段定义文件 Header-*.txt
rogers-note-field-names = 字段名取自 Rogers 的 {$kind} 定义文件
towers-not-bills = 这是基站位置列表（antenna_id、latitude、longitude），不是账单、详单或付款记录
telus-report-not-read = TELUS 的“{$name}”报表：暂不读取这类汇总表（可读取的是 Airtime Details 报表）
note-bill-lines-from-charge-rows = 由 {$rows} 行费用得出 {$lines} 条账单明细（每个非零费用列一条）
note-records-dated = 记录日期从 {$from} 到 {$to}
reconcile-charges-taxes = 第 {$line} 行：各项费用与税费之和等于合计
reconcile-charges-taxes-number = 第 {$line} 行（{$number}）：各项费用与税费之和等于合计
reconcile-section-total = {$subscriber} {$section} 分节合计（{$count} 次通话）
reconcile-line = 第 {$line} 行：{$what}
sum-verizon-balance-forward = 上期余额加付款与调整等于结转余额
sum-verizon-usage = 各类使用费之和等于使用及购买费用
sum-verizon-current = 各部分费用之和等于本期费用合计
sum-verizon-due = 结转余额加本期费用合计等于应付总额
sum-bell-balance-owing = 上期余额加调整与付款等于欠款余额
sum-bell-current = 费用加税费等于本期费用
sum-bell-due = 欠款余额加本期费用等于应付金额
reconcile-tmobile-line = 号码 {$label}：各类费用之和等于其合计
reconcile-tmobile-section = {$name}各项之和等于其小计
reconcile-tmobile-summary = 摘要中的 {$name}：各号码之和等于合计行
reconcile-tmobile-due = 应付总额（TOTAL DUE）等于摘要合计
reconcile-tmobile-items = 全部明细之和等于账单合计
reconcile-stated-rows = 记录笔数（共N笔记录）
reconcile-label-count = {$label}笔数
reconcile-label-sum = {$label}金额
note-stated-count-masked = {$file}：所列{$label}笔数被遮盖，未核对
note-stated-sum-masked = {$file}：所列{$label}金额被遮盖，未核对
reconcile-key-total = {$key}合计（{$label}）
note-stated-total-not-number = {$file}：所列{$key}合计“{$value}”不是数字，未核对

## 导入：整个文件

import-error-io = 无法读取：{$error}
import-error-unrecognised = 无法识别：{$reason}
import-error-not-read = 未读取：{$reason}
import-error-workbook = 无法作为电子表格打开：{$message}
import-error-pdf = 无法读取 PDF：{$message}
import-error-csv = 第 {$line} 行：无法读取 CSV：{$message}
import-error-own-output = 这是本程序自己输出的{$what}，不会导入
import-error-internal = 读取时遇到内部错误（{$message}）而中止，这个文件的记录均未采用；请报告这个文件的格式
unrecognised-too-large = 文件大于 {$mib} MiB，超出这类文件可读取的上限
unrecognised-statement-too-large = 文件大于 {$mib} MiB，超出对账单或运营商文件整体读取的上限
unrecognised-binary = 二进制数据，既不是电子表格也不是文本
unrecognised-empty-file = 空文件
unrecognised-no-header = 前 {$rows} 行中没有找到账单（账期、项目、金额）、详单（起始时间、时长、流量）或对账单（交易时间、金额）的表头
unrecognised-workbook-no-sheets = 没有任何工作表含有账单、详单或对账单的表头（没有工作表）
unrecognised-workbook-no-header = 没有任何工作表含有账单、详单或对账单的表头（工作表：{$sheets}）
workbook-too-large = 大于 {$mib} MiB
csv-too-many-columns = 一行有 {$count} 列（最多读取 {$max} 列）
dump-text-not-applicable = --dump-text 只显示 PDF、电子邮件和网页文件的文字，这个文件都不是
unread-sheet = 工作表“{$sheet}”无法读取：{$error}
skip-sheet-copy = 工作表“{$sheet}”：与工作表“{$of}”内容相同（记录一致），不重复读取
skip-sheet-without-header = 工作表“{$sheet}”未读取：其中没有账单、详单或对账单的表头
note-sheets-read = 读取了 {$count} 个工作表：{$sheets}
note-sheet-read-as = 工作表“{$sheet}”按 {$format}（{$kind}）读取
note-sheet-empty = 工作表“{$sheet}”是空的
note-xls-repaired = 已修复旧版 .xls 的文字：其字符串是 UTF-16，但工作簿声明的代码页为 1252，读取时被按 cp1252 解码；已重新解码 {$repaired} 个单元格
note-xls-repaired-partly = 已修复旧版 .xls 的文字：其字符串是 UTF-16，但工作簿声明的代码页为 1252，读取时被按 cp1252 解码；已重新解码 {$repaired} 个单元格，另有 {$left} 个无法修复，保留原样
note-undecodable-characters = 有 {$count} 个字符无法按 {$encoding} 解码（字节无效），已读作替换字符 U+FFFD
note-date-order-assumed = {$file}：从第 {$line} 行起，没有任何日期能看出是“日/月”还是“月/日”；按{$order}读取，依据{$why}
date-order-day-first = 日在前
date-order-month-first = 月在前
note-dates-written-in-country = 账户所在国家（{$country}）的日期写法
note-repeated-bill = {$file}：{$period} 的账单与 {$of} 逐行相同，只计一次。

## 核对说明（前提与假设）

note-linked = 有 {$count} 笔付给运营商的交易同时出现在两个文件中（订单号相同，或金额相同且相隔不超过 {$days} 天），只计一次：{$pairs}。
note-linked-more = 有 {$count} 笔付给运营商的交易同时出现在两个文件中（订单号相同，或金额相同且相隔不超过 {$days} 天），只计一次：{$pairs}等。
note-payees-empty = 配置中的收款方（[account] payees）为空：{$count} 笔交易中无法分辨哪些是付给运营商的钱，因此没有将付款与账单核对。
note-payee-matches-nothing = 注意：收款方（[account] payees）中的“{$pattern}”与 {$count} 笔交易都对不上（是否拼错？），付给这个收款方的款项未核对。
note-usage-not-checked = 业务“{$service}”的使用情况未核对：没有任何详单覆盖其计费月份（请补充该业务的详单），因此不会判定它闲置。
note-range-from-records = {$file} 没有写明日期范围，按其记录所跨的日期（{$from} 至 {$to}）计算覆盖范围。
note-ambiguous-usage = 有 {$count} 条使用记录可能属于不止一项业务，已分别计入各项业务（为各业务填写号码即可区分）。
note-debit-pays-missing-bill = {$date} 扣款 {$amount}（{$source}）落在 {$period} 账单的付款期内，而该账单不在文件夹中：视为该账单的付款，未核对。
note-debits-unchecked = 有 {$count} 笔付给运营商的扣款不在任何计费月份及其付款期（每期之后 {$days} 天）之内，未核对。
note-builtin-rule-disabled = 内置规则 {$rule} 已停用（案件 rules 文件夹中设为 enabled = false），未执行这项检查。
note-rule-disabled = 规则 {$rule} 已停用（案件 rules 文件夹中设为 enabled = false），未执行这项检查。
walk-folder-not-listed = 无法完整列出文件夹内容：{$error}
walk-broken-link = 失效的符号链接（{$error}）
walk-cannot-read = 无法读取：{$error}
walk-link-out-of-case = 指向案件文件夹以外的符号链接（指向 {$target}），不予跟随
walk-link-loop = 指向自身所在文件夹的符号链接（形成循环），不予跟随
walk-folder-unreadable = 无法读取的文件夹：{$error}
walk-not-regular-file = 不是普通文件（而是管道、套接字或设备），未读取
walk-same-bytes = 与 {$of} 内容完全相同，只读取一次

## 导入摘要（billaudit import）

import-rows = 行数：{$rows}
record-kind-bill-lines = 账单明细
record-kind-usage = 详单
record-kind-transactions = 交易流水
import-file-head = {$file}：{$format}（{$kind}）
import-file-encoding = ，编码 {$encoding}
import-file-sheet = ，工作表“{$sheet}”
import-counts = 行数：{$rows}　记录：{$records}　跳过：{$skipped}　错误：{$errors}
import-header-row = 　表头：第 {$row} 行
import-skipped-line = 跳过 {$count}　{$reason}
import-covers = 覆盖：{$from}至{$to}
import-error-line = 错误：{$error}
import-more-errors = ……另有 {$count} 个错误
import-reconciled = 已核对：{$what}：所列 {$stated}，与记录 {$computed} 相符
import-not-reconciled = 警告：{$file}：{$what}对不上：所列 {$stated}，记录合计 {$computed}
import-unread-line = 未读取：{$what}
import-note-line = 说明：{$note}

## 核查错误

audit-error-no-config = {$dir}：这个文件夹中没有 {$file}（运行 billaudit init {$dir} 生成一份）
audit-error-not-a-dir = {$dir}：不是文件夹
audit-error-nothing-usable = {$dir} 中没有可用的文件：{$why}
audit-nothing-no-files = 文件夹中没有导出的文件
audit-nothing-recognised = {$count} 个文件都无法识别

## 命令行：提示信息

cli-error = 错误：{$text}
cli-warning = 警告：{$text}
cli-note = 说明：{$text}
cli-error-date = 应为 YYYY-MM-DD 格式的日期，如 2025-07-20（实际是“{$found}”）
cli-error-date-range = 日期应在公元 1 年至 9999 年之间（实际是“{$found}”）
cli-error-empty-password = 密码为空
cli-more-rows-unread = {$file}：另有 {$count} 行无法读取
cli-evidence-extension = --evidence {$path}：不支持扩展名“{$ext}”，请使用 .html 或 .md
cli-evidence-written = 证据材料已写入 {$path}
cli-empty-folder = {$path}：文件夹中没有可导入的文件（已查找各子文件夹）
cli-no-such-path = {$path}：没有这个文件或文件夹
cli-log-line-damaged = {$line}；已跳过（请修正或删除这一行）
cli-error-at = --at “{$found}”：应为日期时间，如“2025-10-05 14:30”
cli-nothing-to-log = 没有可记录的内容：请给出 --call、--letter 或 --appeal，或者 --note、--ticket、--promised
cli-logged = 已记录{$kind}（{$at}），写入 {$file} 第 {$line} 行
cli-promise-by = 承诺理解为：{$date}前退款 {$refund}
cli-promise-no-date = 承诺理解为：退款 {$refund}（未说日期：在通话 {$days} 天后核对）
cli-promise-no-amount = 说明：承诺中没有找到退款金额；案件进展中会列出这项承诺，但无法核对
cli-appeal-written = 申诉书已写入 {$path}
cli-no-complaint-logged = 尚未记录向运营商的投诉；监管部门只受理已先向运营商投诉的申诉（用 billaudit case log 案件 --call … 记录）
cli-init-exists = {$path} 已存在；如要替换请加 --force（或用 --print 查看推测的配置）
cli-init-bug = 生成的配置无法载入（这是程序缺陷）
cli-init-wrote = 已写入 {$path}：{$count} 项业务，{$payees} 个收款方
cli-init-services = （{$services}）
cli-init-carrier = ，运营商 {$carrier}
cli-init-review = 请对照合同逐项核对（monthly_fee 月费、start 开通日期、term_months 合约期、cancelled 销户日期），然后运行：billaudit audit {$case}
cli-unknown-rule = 没有规则“{$rule}”；现有的规则是：{$rules}
cli-refuse-case-file = {$path} 是案件自己的文件（输入文件、billaudit.toml、案件记录、规则或格式描述文件），请另选输出文件
cli-refuse-symlink = {$path} 是符号链接，不会被替换（请直接写入它所指向的文件，或删除这个链接）
cli-refuse-folder = {$path} 是文件夹
cli-refuse-special = {$path} 不是普通文件（而是设备、管道或套接字），不会被替换
cli-refuse-exists = {$path} 已存在；如要替换请加 --force
cli-not-written = 未写入：{$why}
cli-cannot-write = 无法写入 {$path}
cli-cannot-create = 无法创建 {$path}
cli-cannot-create-temp = 无法在 {$path} 中创建临时文件

## billaudit init：初始配置中的注释

init-country-from-carrier = 根据运营商推定；决定报告引用哪国的法规和受理机构
init-country-from-currency = 根据币种推定；决定报告引用哪国的法规和受理机构
init-country-unknown = 国家代码（如 CN、US、GB）：无法从账单和流水中判断
init-holder-type = 单位的线路填 "business"；不填则按户名判断（含“公司”“有限”“企业”等即视为单位）
init-head =
    本文件由 billaudit init 根据此文件夹中的账单和流水生成。
    以下各项都是推测：请对照合同逐项核对，然后运行 billaudit audit。
init-read-with-bills = 读取了 {$files} 个文件（跳过 {$skipped} 个）；共 {$periods} 期账单，{$from} 至 {$to}。
init-read-no-bills = 读取了 {$files} 个文件（跳过 {$skipped} 个）；没有找到账单明细。
init-holder = 账单上的户名（可不填）
init-carrier = 大部分付给运营商的扣款流向的运营商
init-carrier-unknown = 未能从流水中识别出运营商
init-currency = 金额的币种代码
init-no-payees =
    没有找到付给运营商的扣款：请列出银行或支付软件中显示的收款方名称（正则表达式），
    例如 payees = ["中国电信", "翼支付"]。
init-payees = 付给运营商的款项的收款方（正则表达式），取自这些扣款的交易对方：
init-payee = {$name}：{$debits} 笔扣款，共 {$total}
init-no-service = 没有找到每期重复出现的账单项目。请为订购的每条线路添加一个 [[service]]：
init-service-billed = 共 {$periods} 期有此项收费（{$lines} 条）。业务类型按项目名称推测。
init-service-vas = 这是增值业务：只有确实订购过才保留这一项；删去后，它的收费会被标为未订购收费。
init-service-id = 核查结果中使用的固定编号
init-service-kind = 可选：broadband（宽带）、mobile（手机）、voice（语音）、data（流量）、sms（短信）、tv（电视）、vas（增值业务）、device（终端）、other（其他）
init-service-match = 用来匹配账单项目的正则表达式；以下是已出现的项目（已转义，可截短以匹配变体）：
init-service-fee = 每期最常见的金额；请改为合同价格
init-service-fee-unknown = 合同价格
init-service-start = 第一期账单的第一天；请改为合同开始日期
init-service-term = 合约期（如有）
init-service-cancelled = 申请停用的日期（如有）
init-service-suspended = 停机保号的起止日期（如有）
init-service-numbers = 这些账单明细上的号码
explain-check-severity = 检查：{$check}　严重程度：{$severity}
explain-rule-file = 规则文件（{$origin}）
explain-check = 检查 {$check}

## 导入：运营商导出文件中应有的值

expect-date-like = 日期，如 {$example}
expect-time-like = 时间，如 {$example}
expect-amount-like = 金额，如 {$example}
expect-amount-plain = 金额
expect-kilobytes-like = 以 KB 计的流量，如 {$example}
expect-kilobytes = 以 KB 计的流量
expect-minutes-like = 分钟数，如 {$example}
expect-whole-minutes-like = 整分钟数，如 {$example}
expect-minutes-seconds-like = 分:秒，如 {$example}
expect-whole-seconds = 整秒数
expect-call-text-code = 11（通话）或 21（短信）
expect-record-type-bil-ira-sl = BIL、IRA 或 SL
expect-voice-data-messaging = Voice、Data 或 Messaging
expect-call-or-text = 通话或短信
expect-invoice-date-line = 通话记录上方的开票日期（Invoice Date）行
pdf-note-rows = 从 PDF 的文字读取：行号指页内的第几行（文件:页:行）

## 导入：跳过的行

skip-summary-line = 汇总行
skip-blank-line = 空行
skip-outside-charge-tables = 账单费用表格以外的文字
skip-stated-total = 账单所列合计（留作核对）
skip-section-total = 分项小计
skip-closed-transaction = 已关闭或失败的交易（没有资金往来）
skip-zero-amount = 金额为零
skip-total-without-amount = 没有金额的合计行
skip-text-without-amount = 没有金额的文字
skip-summary-table-header = 汇总表的表头
skip-summary-or-note = 汇总或说明行
skip-subscriber-details = 用户信息
skip-statement-label = 没有金额的账单栏目名
skip-profile-skip-rows = 格式描述文件指定跳过的行
skip-sidebar = 侧栏文字（优惠金额、已用流量）
skip-section-heading-subtotal = 带小计的分节标题（已与其明细核对）
skip-section-header = 分节标题
skip-row-without-amount = 没有金额的行
skip-row-without-fee-category = 没有费用类别的行
skip-report-heading-or-subscriber = 报表标题或用户信息
skip-report-heading = 报表标题
skip-repeated-header = 重复的表头
skip-prior-activity = 上期往来（上期余额、缴费）
skip-per-line-summary = 按号码汇总的行（已与所列合计核对）
skip-pending-entry = 待入账的交易（尚未记账）
skip-not-read = 未读取
skip-no-direction = 未注明收支方向（收/支一栏为空）
skip-no-charges-in-row = 这一行没有费用
skip-no-amount-heading = 没有金额（分节标题或空项目）
skip-neither-income-nor-expense = 不计收支
skip-invoice-without-charges = 没有本期费用的发票记录
skip-investment-transaction = 投资交易（证券买卖、收益或转账，不是银行付款）
skip-information-entry = 仅供参考的条目（未记账）
skip-included-in-plan = 套餐内已含（不另收费）
skip-heading = 标题
skip-fee-category = 费用类别（其下各项才是账单明细）
skip-call-not-answered = 未接通的通话（占线、无人接听等）
skip-billing-entity = 计费主体记录（BIL）
skip-amount-without-item = 没有项目名称的金额
skip-after-bill-total = 账单合计之后的内容
skip-account-info = 账户信息与通知
skip-text-outside-columns = 表格各列以外的一行文字
skip-second-header-french = 第二行表头（法文）
skip-header = 表头
skip-preamble = 表头之前的说明文字
skip-unknown-ofx-element = 交易列表中不认识的 OFX 元素 <{$name}>
skip-entry-status = 状态为 {$status} 的条目（未记账）
skip-refund-of-closed-payment = 前面已跳过的已关闭付款的退款（前后合计没有资金往来）
skip-meituan-repayment = 美团月付还款（各笔消费已另行列出）

## 导入：无法读取的行

expect-amount-point = 用小数点的金额，与本文件其他金额的写法一致（这一个用的是小数逗号）
expect-amount-comma = 用小数逗号的金额，与本文件其他金额的写法一致（这一个用的是小数点）
expect-amount-unambiguous = 不会误读的金额：像 1,234 或 1.234 这样的数，分隔符可能是千位分隔，也可能是小数点，而本文件前面的金额无法说明是哪一种
expect-date-unambiguous = 不会误读的日期：像 06/05/2025 这样的日期，前两段都可能是日，而本文件前面的行无法说明是哪一种（可在格式描述文件中写明日期格式）
expect-billing-period = 账期，如 2025-08 或 202508
expect-billing-period-missing = 账期（这一行及上方都没有写明）
expect-amount = 金额，如 258.00
expect-item-name = 收费项目的名称
expect-start-time = 起始时间，如 2025-08-01 12:30:05
expect-service-type = 业务类型（通话、短信、上网、宽带等）
expect-fee = 费用，如 0.10
expect-duration = 时长
expect-duration-like = 时长，如 75、1:02:03 或 12分5秒
expect-volume = 流量
expect-volume-like = 流量，如 1024、1.5MB 或 300KB
expect-date = 日期，如 2025-08-01 或 2025/8/1
expect-amount-or-empty = 金额或空白单元格
expect-direction = 收支方向，如 支出/收入 或 借/贷
expect-description-sign = 以“消费”“退货”或“还款”开头的摘要（据此判断收支）
expect-fee-or-empty = 手续费（如 0.50）或空白单元格
row-error-expected = “{$column}”列：应为{$expected}，实际是“{$found}”
row-error-amount-too-large = 金额 {$amount} 超出任何账单的可能（最多 {$max}），这一行不予采用
row-error-date-order-unknown = 日期的日、月顺序无法从任何一行看出
verbatim = {$text}
file-said = {$file}：{$text}

## 命令行：帮助信息（clap），在构建命令时查取

help-lang = 输出语言：{$languages}（默认取 LC_ALL、LC_MESSAGES 或 LANG 环境变量，都没有时用 zh-CN）
help-as_of = 计算期限和承诺所依据的日期，格式为 YYYY-MM-DD（默认为今天）
about-billaudit = 对照你订购的业务、使用记录和账户扣款，核查电信账单。
after-billaudit =
    示例：
      billaudit audit fixtures/cases/idle-broadband
      billaudit audit CASE --format json > findings.json
      billaudit audit CASE --evidence evidence.md --lang en
      billaudit import bank.csv bills/
      billaudit rules
      billaudit explain unused-service
      billaudit init CASE_DIR
    
    退出码：0 未发现问题，1 发现问题，2 出错。
about-audit = 核查一个案件文件夹：导入其中所有文件，将账单与业务、使用记录和付款逐一对照，运行各项规则并报告结果
after-audit =
    示例：
      billaudit audit fixtures/cases/idle-broadband
      billaudit audit 案件 --format json > findings.json
      billaudit audit 案件 --format csv -o findings.csv
      billaudit audit 案件 --evidence evidence.md --lang zh-CN --reply-hours 48
      billaudit audit 案件 --evidence pack.html --as-of 2025-10-20
help-audit-case_dir = 案件文件夹（内含 billaudit.toml）
help-audit-format = 输出格式（输出到标准输出或 --output 指定的文件）
help-audit-output = 将报告写入此文件，而不是标准输出
help-audit-evidence = 写出证据材料：.html（单一文件，可打印为 PDF）或 .md
help-audit-force = 替换已存在的 --output 或 --evidence 文件（案件的输入文件、billaudit.toml、案件记录、符号链接和设备永远不会被替换）
help-audit-reply_hours = 通话话术中要求对方答复的时限（小时）
help-audit-password = 加密 PDF 对账单的密码（未给出时取 billaudit.toml 中 [import] 下的 password）；不会写入任何地方
about-import = 显示每个文件如何读取：格式、记录类型、行数、记录数，以及跳过的行和原因。文件夹会逐层查找
after-import =
    示例：
      billaudit import bank.csv
      billaudit import --profile profiles/mybank.toml mybank.csv
      billaudit import fixtures/cases/idle-broadband
      billaudit import --check statements/
      billaudit import --format json bills/*.xlsx
help-import-paths = 文件或文件夹
help-import-check = 仅当每个文件都能识别、每一行都是记录或有理由的跳过（没有无法读取的行），且文件所列的每个合计都与其记录相符时，才以 0 退出
help-import-profiles = 描述内置格式不认识的导出文件的格式描述文件（TOML，可重复给出）。文件夹中 profiles 子文件夹里的格式描述文件也会使用
help-import-format = 输出格式
help-import-dump_text = 不导入，而是显示从每个 PDF 提取的文字（页:行，每个单元格及其以点为单位的位置），作为编写格式描述文件时的定位依据
help-import-password = 加密 PDF 对账单的密码；不会写入任何地方
about-rules = 列出规则：内置规则，以及用 --case 指定时案件自己的 rules/*.toml
after-rules =
    示例：
      billaudit rules
      billaudit rules --case fixtures/cases/idle-broadband --lang zh-CN
help-rules-case = 同时列出此案件文件夹的规则（案件/rules/*.toml）
about-explain = 说明一条规则检查什么、为什么重要，并举例，附上规则文件
after-explain =
    示例：
      billaudit explain unused-service
      billaudit explain item-match
help-explain-rule = 规则编号（见 billaudit rules）或检查名称
help-explain-case = 同时查找此案件文件夹的规则
about-init = 根据案件中的账单和流水推测并写出初始 billaudit.toml：业务取自每期重复的账单项目，收款方取自付给运营商的扣款。核查前请先检查
after-init =
    示例：
      billaudit init my-case
      billaudit init my-case --print
      billaudit init my-case --force   # 替换已有的 billaudit.toml
help-init-case = 存放导出的账单和流水的案件文件夹
help-init-force = 替换已有的 billaudit.toml
help-init-print = 只显示文件内容，不写入
about-case = 记录通话和承诺，用之后的账单和流水核对承诺是否兑现，并写出给监管部门的申诉书
after-case =
    示例：
      billaudit case log 案件 --call --ticket 2025100512345 --agent '王 8812' --promised '2025-10-12前退款1032元'
      billaudit case status 案件 --as-of 2025-10-20
      billaudit case appeal 案件 --contact 13800138000 -o appeal.txt
about-case-log = 在 案件/case-log.jsonl 末尾追加一条记录（每行一个 JSON 对象；可以手工编辑，本工具只追加）
help-case-log-case_dir = 案件文件夹：记录追加到其中的 case-log.jsonl
help-case-log-call = 与运营商的一次通话（即投诉；开始计算 15 天期限）
help-case-log-letter = 向运营商提交的书面投诉
help-case-log-appeal = 向监管部门提交的申诉
help-case-log-ticket = 工单号
help-case-log-agent = 客服人员的姓名或工号
help-case-log-promised = 对方的承诺，如“2025-10-12前退款1032元”
help-case-log-note = 备注
help-case-log-refused = 运营商拒绝处理或答复不满意（在中国可立即申诉；在英国即所谓僵局信）
help-case-log-at = 发生时间，如“2025-10-05 14:30”（默认为现在）
about-case-status = 列出对方的承诺、已过的期限和下一步
help-case-status-case_dir = 案件文件夹（内含 billaudit.toml 和 case-log.jsonl）
about-case-appeal = 写出申诉书，包含监管部门表格要求的各项内容
help-case-appeal-case_dir = 案件文件夹（内含 billaudit.toml 和 case-log.jsonl）
help-case-appeal-contact = 申诉用的联系电话或电子邮箱（不填则留空，手工填写）
help-case-appeal-address = 通信地址（不填则留空，手工填写）
help-case-appeal-postcode = 邮政编码（不填则留空，手工填写）
help-case-appeal-contact_person = 单位申诉时：负责此事的联系人
help-case-appeal-output = 写入此文件，而不是标准输出
help-case-appeal-force = 替换已存在的 --output 文件（案件自己的文件、符号链接和设备永远不会被替换）
about-gen = 生成用于测试和性能测量的模拟案件文件夹
after-gen =
    示例：
      billaudit gen /tmp/big --rows 1000000 --numbers 50 --encoding gbk --seed 7
      billaudit gen /tmp/case --scenario --seed 12   # 埋设各种付款情形的小案件
help-gen-case_dir = 要写入的案件文件夹（不存在时会创建）
help-gen-rows = 使用记录的总行数
help-gen-numbers = 号码数量（每个号码一项订购业务）
help-gen-months = 计费月数，从 2025-01 开始
help-gen-encoding = CSV 文件的编码：utf-8 或 gbk
help-gen-seed = 生成器的随机种子（种子相同，生成的文件逐字节相同）
help-gen-single_usage_file = 将所有使用记录写入一个文件，而不是每月一个文件
help-gen-scenario = 写出一个埋设各种付款和索赔情形的小案件（按种子生成），并在 expected-disputes.json 中列出核查必须找出的争议

## 命令行：详细帮助

long-about-audit =
    核查一个案件文件夹：导入其中所有文件，将账单与业务、使用记录和付款逐一对照，运行各项规则并报告结果。
    
    案件文件夹中有 billaudit.toml，以及任意数量的导出文件（账单、详单、银行和支付软件的流水），可放在任意子文件夹中；文件按内容识别。未发现问题时退出码为 0，发现问题时为 1，出错时为 2。

## billaudit gen（测试数据）

gen-planted = 已在 {$dir} 中埋设 {$planted}，以及 {$count} 项预期争议
gen-wrote = 已向 {$dir} 写入 {$files} 个文件中的 {$rows} 行使用记录，以及 {$count} 项预期结果
cli-no-free-name = 找不到可用的临时文件名

## 报告：终端摘要

report-audit-head = 核查 {$case}
report-audit-head-holder = 核查 {$case}（{$holder}，{$carrier}）
report-disputed-line = 争议总额：{$total}（{$disputes} 项争议，{$findings} 项发现）

## 命令行：帮助格式与参数错误

help-usage-heading = 用法：
help-arguments-heading = 参数：
help-options-heading = 选项：
help-commands-heading = 命令：
help-help = 显示帮助
help-version = 显示版本
clap-invalid-value-why = “{$arg}”的值“{$value}”无效：{$why}
clap-invalid-value = “{$arg}”的值“{$value}”无效（可选的值：{$valid}）
clap-unknown-argument = 无法识别的参数“{$arg}”
clap-unknown-command = 无法识别的命令“{$command}”
clap-missing-argument = 缺少必需的参数：{$arg}
clap-conflict = 参数“{$arg}”不能与“{$other}”同时使用
clap-more-information = 更多信息请用 --help 查看。

## 命令行：help 命令

help-help-command = 显示本帮助，或指定命令的帮助

## 规则：证据说明

ev-note-cancelled = 业务 {$service} 于 {$date} 销户
ev-note-suspended = 业务 {$service} 停机期间：{$ranges}
ev-note-monthly-fee = 业务 {$service} 合同月费 {$fee}
ev-note-term = 业务 {$service} 合约期 {$from} 至 {$to}
ev-coverage-declared = 文件写明的日期范围
ev-coverage-observed = 记录覆盖整个账期
ev-coverage-configured = 配置中 [usage] covers 指定的范围
ev-note-usage = {$period}：{$records} 条记录，{$seconds} 秒，{$bytes} 字节（{$coverage}）
ev-note-usage-fees = {$period}：{$records} 条记录，费用 {$fees}
ev-note-bill-total = {$period} 合计 {$amount}

## 案件进展：各行

status-heading = {$text}：
status-head = 案件 {$case}（截至{$date}）
status-disputed-line = 争议总额：{$total}，{$findings} 项发现
status-log-count = 记录（{$count} 条）
status-entry-when = {$at} {$kind}
status-entry-ticket = 工单号 {$ticket}
status-entry-agent = 客服 {$agent}
status-promise-line = [{$state}] {$at}“{$promised}”（期限 {$due}；已找到 {$found}）
status-evidence-line = 证据：{$refs}
status-dated = {$date}：{$text}

## 报告：证据条目

evidence-place = {$place}（{$kind}）
evidence-kind-bill-line = 账单明细
evidence-kind-bill-total = 账单合计
evidence-kind-transaction = 交易
evidence-kind-usage = 详单
evidence-kind-usage-file = 详单文件
evidence-kind-config = 配置
severity-high = 高
severity-medium = 中
severity-low = 低
severity-info = 提示
report-rule-severity = {$rule}（严重程度：{$severity}）

## billaudit rules：规则表

rules-col-id = 编号
rules-col-title = 标题
rules-col-check = 检查
rules-col-severity = 严重程度
rules-col-enabled = 启用
rules-col-origin = 来源
rules-enabled-yes = 是
rules-enabled-no = 否

## 案件记录错误

case-log-not-an-entry = {$file}:{$line}：不是有效的记录（{$why}）
case-log-line-too-long = 超过 {$kib} KiB
case-log-year-out-of-range = 日期 {$date} 不在公元 1 年至 9999 年之间
case-field-too-long = {$field} 超过 {$kib} KiB；长文本请放在案件文件夹中的文件里，并在记录中写明文件名

## 配置错误（billaudit.toml、规则、格式描述文件）

cfg-regex = 正则表达式无效：{$detail}
cfg-value = 应为{$expected}，实际是 {$found}
cfg-duplicate = 编号“{$id}”重复
cfg-expect-billing = "postpaid"（后付费）或 "prepaid"（预付费）
cfg-expect-day-of-month = 每月的某一天（1 至 31）
cfg-window-too-long = {$days} 天超出了付款期可能的长度（最多 {$max} 天）
cfg-fee-beyond-any-bill = 月费 {$fee} 超出任何账单的范围（最多 {$max}）
cfg-no-such-service = 没有编号为“{$id}”的 [[service]]
cfg-expect-currency = 三个字母的币种代码，如 CNY
cfg-expect-country = 两个字母的国家代码，如 CN、US 或 GB
cfg-expect-holder-type = "consumer"（个人）或 "business"（单位）
cfg-expect-service-id = 由字母、数字、“-”或“_”组成的业务编号
cfg-expect-amount = 金额，如 "258.00"
cfg-expect-date = 日期，如 "2025-09-10"
cfg-two-dates = 应为两个日期 ["起", "止"]，实际有 {$count} 个值
cfg-order-days = 起始日（{$first}）晚于结束日（{$last}）
cfg-two-periods = 应为两个账期 ["起", "止"]，实际有 {$count} 个值
cfg-expect-period = 账期，如 "2025-01"
cfg-order-periods = 起始账期（{$first}）晚于结束账期（{$last}）

## 格式描述文件错误

profile-bad-id = 编号应由字母、数字、“-”和“_”组成，如 "mybank-debit"
profile-builtin-id = “{$id}”是内置格式的编号，请另选一个
profile-no-matches = 应列出用来识别这种导出文件的表头单元格，如 ["交易日期", "金额"]
profile-unknown-encoding = 不认识的编码“{$encoding}”：应为 utf-8、gbk、gb18030、utf-16le、big5 等
profile-bad-date-format = “{$format}”不是有效的日期格式（应类似 "%d/%m/%Y"）
profile-bad-decimal = 小数点应为 "." 或 ","，实际是“{$found}”
profile-bad-regex = 不是有效的正则表达式：{$detail}
profile-bad-column = 应为表头名称，或从 1 开始的列号
profile-needs-date = [columns] 中须有 date
profile-needs-amount = [columns] 中须有 amount，或者同时有 income 和 expense
profile-bill-needs = 账单格式描述文件的 [columns] 中须有 period、item 和 amount
profile-usage-needs = 详单格式描述文件的 [columns] 中须有 start
profile-column-not-allowed = 列 {$column} 不属于这类格式描述文件

## 规则文件错误

rule-error-bad-id = 规则编号应由小写字母、数字和“-”组成，实际是“{$found}”
rule-error-unknown-check = 没有检查“{$check}”；现有的检查是：{$checks}
rule-error-amount = 应为金额，如 "0.01"，实际是“{$found}”
rule-error-params = 检查 {$check} 的 [params] 无效：{$detail}
rule-error-needs-text = 规则须有 [{$kind}]，至少写明以下一种语言：{$languages}
rule-error-unknown-language = [{$kind}] 中的语言“{$language}”没有对应的消息目录；现有的语言是：{$languages}
rule-error-needs-item = 检查 {$check} 须有 [filter] item = "正则表达式"

## 导入：示例格式（src/import/formats/example.rs）

example-row-error = 应为“项目=金额”，实际是“{$found}”
## 非本案币种的金额

apart-summary = {$count} 笔金额的币种不是本案的 {$case}，已单独列出：不计入合计，不参与匹配，也不列入争议。
apart-record = {$at}：{$amount} {$currency}（{$what}）已单独列出，未按 {$case} 计算。
apart-more = 另有 {$count} 笔其他币种的金额，见各文件的导入摘要（billaudit import）。
report-kept-apart = 单独列出（其他币种）：{$at}  {$amount} {$currency}  {$what}
report-currencies = 文件所列币种：{$list}

## 无法读取的详单行

expect-currency = 币种，如 CNY、USD 或 人民币
profile-bad-currency = 应为 ISO 4217 币种代码，如 "USD"，实际为 "{$found}"
chart-unreadable-records = 详单无法读取
statement-error-currency = {$field}：应为 ISO 4217 币种代码，如 EUR，实际为 "{$found}"
skip-foreign-currency = 非本案币种的金额（单独列出：不计入合计、不参与匹配、不列入争议）
skip-total-unchecked-foreign = 账单合计未核对：该账单有些项目是其他币种
list-join = {$first}{ list-sep }{$rest}
unread-usage-dated = {$file}：{$months}有 {$rows} 行详单无法读取，可读的记录中没有 {$service} 的使用；这些月份不作为 {$service} 未使用的证据。
unread-usage-undated = {$file}：有 {$rows} 行详单无法读取，日期不明；{$months}可读的记录中没有 {$service} 的使用，但这些月份不作为 {$service} 未使用的证据。

## 损坏或恶意构造的文件（导入防护）：拒绝读取的原因

guard-zip-no-end = ZIP 压缩包缺少中央目录结束记录（文件不完整或已损坏）
guard-zip-end-damaged = ZIP 结束记录已损坏
guard-zip64 = 这是 ZIP64 压缩包；不读取这么大的电子表格
guard-zip-too-many-entries = ZIP 声明了 {$entries} 个条目（最多读取 {$max} 个）
guard-zip-directory-damaged-at = ZIP 中央目录在第 {$entry} 个条目处损坏
guard-zip-directory-damaged = ZIP 中央目录已损坏
guard-zip64-entry = ZIP64 条目 {$name}；不读取这么大的电子表格
guard-zip-bomb-entry = ZIP 条目 {$name} 声明由 {$compressed} 字节压缩数据解压为 {$size} 字节（疑为 ZIP 炸弹）
guard-zip-too-large = ZIP 各条目声明的解压后总大小超过 {$mib} MiB（疑为 ZIP 炸弹）
guard-workbook-not-xlsx = 不是 XLSX 工作簿（{$error}）；不读取 ODS 和 XLSB 格式
guard-reader-panicked = 电子表格读取程序在一条损坏的记录上出错（{$detail}）
guard-panic-no-message = 无说明
guard-xlsx-damaged = XLSX 文件包已损坏：{$error}
guard-xlsx-part-too-large = 部件 {$name} 解压后有 {$mib} MiB（最多读取 {$max} MiB）
guard-xlsx-workbook-span = 各工作表合计跨越 {$cells} 个单元格（最多读取 {$max} 个）
guard-xlsx-reference = 单元格引用 {$reference} 超出 Excel 的上限（第 {$max_row} 行、XFD 列）
guard-xlsx-sheet-cells = 一个工作表含有超过 {$max} 个单元格（最多读取这么多）
guard-xlsx-sheet-span = 一个工作表的单元格跨越 {$rows} 行 × {$cols} 列（单元格 {$cell}）；最多读取 {$max} 个单元格
guard-xlsx-damaged-xml = 部件 {$name} 的 XML 在第 {$byte} 字节处损坏：{$error}
guard-xlsx-shared-strings = 共享字符串表 {$name} 声明了 {$count} 个字符串（最多读取 {$max} 个）
guard-xls-stream-directory = 目录
guard-xls-stream-mini = 迷你流
guard-xls-stream-mini-fat = 迷你 FAT
guard-xls-stream-workbook = Workbook 流
guard-xls-sector-past-end = 扇区 {$id} 位于文件末尾之后
guard-xls-in-stream = {$stream}：{$error}
guard-xls-chain-loops = {$stream}：扇区链绕回到了扇区 {$id}
guard-xls-no-fat-entry = {$stream}：扇区 {$id} 没有 FAT 表项
guard-xls-container = XLS 容器已损坏（{$what}）
guard-xls-short-header = 文件头不完整
guard-xls-sector-size = 扇区大小有误
guard-xls-difat-loops = DIFAT 链形成循环
guard-xls-fat-twice = FAT 扇区 {$id} 被列出了两次
guard-xls-no-root = 没有根目录
guard-xls-empty-root = 根目录为空
guard-xls-no-workbook-stream = OLE 文件中没有 Workbook 流（不是 Excel 工作簿）
guard-xls-record-cut = 记录不完整
guard-xls-record-past-end = 记录 {$record} 超出了流的末尾
guard-xls-continue-past-end = CONTINUE 记录超出了流的末尾
guard-xls-in-sheet = 第 {$sheet} 个工作表：{$error}
guard-xls-dimensions = 第 {$sheet} 个工作表声明了 {$cells} 个单元格（DIMENSIONS 记录；最多读取 {$max} 个）
guard-xls-sheet-span = 第 {$sheet} 个工作表跨越 {$cells} 个单元格（单元格相距太远；最多读取 {$max} 个）
guard-xls-workbook = XLS 工作簿已损坏：{$error}
guard-xls-sheet-past-end = 第 {$sheet} 个工作表的起点超出了流的末尾
guard-xls-workbook-span = 各工作表合计跨越超过 {$max} 个单元格（最多读取这么多）
guard-pdf-inflate = 其压缩流解压后超过 {$mib} MiB（读取上限）
pdf-thread-not-started = 无法启动文字提取线程：{$error}
pdf-thread-no-result = 文字提取线程结束时没有给出结果
pdf-too-many-pages = 共 {$pages} 页（最多读取 {$max} 页）
pdf-too-much-text = 文字超过 {$max} 个字符
pdf-page-error = 第 {$page} 页：{$error}
csv-line-too-long = 第 {$line} 行超过 {$kib} KiB（不是表格导出文件）
csv-row-too-long = 从第 {$line} 行开始的一行（是否有引号未闭合？）超过 {$kib} KiB（不是表格导出文件）
tx-reversal = 冲正：{$description}
