# billaudit message catalogue: English (en), the fallback language.
# One id per message; every catalogue must have the same ids (a test checks).
# Amounts, dates and file names are formatted by the program and passed in.

## General

list-sep = {", "}
sentence = {$text}.
sentence-cited = {$text} ({$cite}).
label-colon = {": "}
month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} {$year}
month-only = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-range-same-year = { $from ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} to { $to ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} {$year}
month-range = {$from} to {$to}
money-cny-spoken = {$grouped} yuan

## Deadline status

status-urgent = urgent
status-passed = passed
status-open = open now
status-ahead = ahead

## Escalation: the carrier

step-carrier-first-hotline = Complain to the carrier first (customer service {$hotline}). Use a channel that leaves a dated record, such as the carrier's app, its online complaint form, or a letter with a receipt, and note the ticket number.
step-carrier-first = Complain to the carrier first. Use a channel that leaves a dated record, such as the carrier's app, its online complaint form, or a letter with a receipt, and note the ticket number.
step-carrier-done = Complained to the carrier on {$date}; keep the ticket number and the call records.
step-carrier-refused = On {$date} the carrier refused or gave an unsatisfactory answer; keep the record of it.

## Escalation: China

cn-records-ahead = Under the standard service contract, raw billing records are kept for 5 months (not counting the current month): ask for the itemised fee lists of the disputed months, free of charge, before {$date} ({$cite}). Once you dispute them, the carrier must keep the disputed records until the dispute is settled.
cn-records-now = {$count} disputed { $count ->
    [one] charge is
   *[other] charges are
} more than 4 months old (the oldest from {$oldest}). Under the standard service contract, raw billing records are kept for 5 months: ask now for the itemised fee lists of the disputed months, free of charge ({$cite}), and state that you dispute them, so that the carrier keeps them until the dispute is settled.
cn-window-oldest = An appeal about a billing dispute must be made within 5 months of the disputed event ({$cite}). This tool counts from the first day of the billing period, which is conservative: for the oldest disputed charge ({$charge}) the last day is {$date}.
cn-window-newest = For the newest disputed charge ({$charge}) the last day to appeal is {$date}.
cn-window-passed-consumer = {$count} { $count ->
    [one] charge is
   *[other] charges are
} past the appeal window; they can still be claimed from the carrier, or, as a separate route, through 12315 or the local consumer association, or in court.
cn-window-passed = {$count} { $count ->
    [one] charge is
   *[other] charges are
} past the appeal window; they can still be claimed from the carrier or in court.
cn-appeal-risk = Warning: the appeal window of {$count} disputed { $count ->
    [one] charge closes
   *[other] charges closes
} before the appeal can be made (the oldest, from {$charge}, closes on {$date}; the appeal opens on {$opens} at the earliest). Ask the carrier for a clear answer now; if it refuses, you can appeal the same day.
cn-last-safe-complaint = Last safe day to complain: to keep the right to appeal the oldest disputed charge ({$charge}), complain to the carrier by {$date} at the latest (the appeal opens 15 full days after the complaint, and this charge's appeal window closes on {$end}).
cn-appeal-first = The appeal body only accepts an appeal after a complaint to the carrier that was answered unsatisfactorily or not answered within 15 days ({$cite}). Complain to the carrier first and note the ticket number; then appeal to the telecom user appeal body of the province where the carrier's company is (phone 12300).
cn-appeal-after = Complained to the carrier on {$complained}. Its 15 days to answer end on {$expires}; from {$opens} you can appeal to the telecom user appeal body of the province where the carrier's company is (phone 12300; {$cite}). If the carrier refuses before then, you can appeal the same day.
cn-appeal-refused = The carrier refused or answered unsatisfactorily on {$date}: you can appeal now to the telecom user appeal body of the province where the carrier's company is (phone 12300; {$cite}).
cn-consumer-alternative = 12315 or the local consumer association is a separate route, for when the appeal is not accepted or a charge is past the appeal window. Do not use it at the same time as the appeal: the appeal body refuses a matter that a consumer organisation or another authority has already accepted ({$cite_bar}; {$cite}).
cn-court = A court claim must be brought within 3 years of when you knew or should have known of the loss ({$cite}); counted conservatively from the oldest disputed charge, until about {$date}. A written complaint interrupts the period, so keep it.

## Escalation: United States

us-fcc = If the carrier does not fix the bill, file an informal complaint with the FCC (fcc.gov/complaints); the FCC sends it to the carrier, which is asked to answer within 30 days ({$cite}).
us-fcc-telecom = If the carrier does not fix the bill, file an informal complaint with the FCC (fcc.gov/complaints); the FCC sends it to the carrier, which is asked to answer within 30 days ({$cite}). Every charge on a bill must come with a clear description ({$cite_billing}).
us-state = Your state's public utility commission or attorney general also takes complaints (state commissions have limited authority over wireless and broadband).
us-bank = Debited from a bank account (debit card or ACH): notify the bank in writing within 60 days after it sent the statement showing the debit ({$cite}); for the oldest disputed debit ({$debit}) that is by about {$date}. If the bank mishandles the dispute, complain to the CFPB (consumerfinance.gov/complaint).
us-card = Paid by credit card: dispute the charge in writing with the card issuer within 60 days after it sent the first statement showing it ({$cite}); for the oldest disputed charge ({$charge}) that is about {$date}, later if the statement came later.
us-business-bank = Business account: the consumer rules for bank and card disputes do not apply; your bank or card agreement sets the terms.
us-small-claims = Check the contract for an arbitration clause; small-claims court is usually still open.

## Escalation: United Kingdom

gb-adr-first = Complain to the carrier first. With a deadlock letter, or {$weeks} weeks after the complaint, you can take the dispute to the carrier's ADR scheme (the Communications Ombudsman or CISAS; the carrier's letters name its scheme, and Ofcom's website has a checker). ADR is free, and its decision binds the carrier only if you accept it ({$cite}).
gb-adr-after = Complained to the carrier on {$complained}: with a deadlock letter, or {$weeks} weeks after the complaint (from {$date}), you can take the dispute to the carrier's ADR scheme (the Communications Ombudsman or CISAS). ADR is free, and its decision binds the carrier only if you accept it ({$cite}).
gb-adr-deadlock = The carrier issued a deadlock letter or refused on {$date}: you can take the dispute to its ADR scheme now (the Communications Ombudsman or CISAS) ({$cite}).

## Escalation: other countries

generic-local = This tool has no checked provisions for {$country}: complain in writing and keep every reference; if the carrier does not fix it, ask {$country}'s telecom regulator or consumer protection body about the next step.
generic-local-unknown = No country is set ([account] country), so this tool cites no law: complain in writing and keep every reference; if the carrier does not fix it, ask your telecom regulator or consumer protection body about the next step.

## Legal table

legal-provision = Provision
legal-says = What it says
legal-source = Checked against
legal-source-inline = (checked against: {$source})
cite-appeal-9 = Telecom User Appeal Measures Art 9
prov-appeal-9 = Appeals go to the telecom user appeal body of the province, autonomous region or municipality where the respondent is; where there is none, to MIIT's telecom user appeal centre.
cite-appeal-10 = Telecom User Appeal Measures Art 10
prov-appeal-10 = An appeal needs: a direct interest of the appellant; a named respondent; concrete demands with facts; and a prior complaint to the respondent whose answer was unsatisfactory or did not come within 15 days.
cite-appeal-11-1 = Telecom User Appeal Measures Art 11(1)
prov-appeal-11-1 = A billing-dispute appeal made more than five months after the disputed event is not accepted.
cite-appeal-11-4 = Telecom User Appeal Measures Art 11(4)
prov-appeal-11-4 = A matter that a court, an arbitration body, a consumer organisation or another authority has accepted or handled is not accepted.
cite-appeal-12 = Telecom User Appeal Measures Art 12
prov-appeal-12 = An appeal states: the appellant's name, address, phone number and postcode; the respondent's name and address; the demands, reasons and facts; the date of the appeal.
cite-appeal-13 = Telecom User Appeal Measures Art 13
prov-appeal-13 = An appellant who has not complained to the respondent is told to complain to it first.
cite-telecom-33 = Telecommunications Regulations Art 33
prov-telecom-33 = On request, the operator must provide the itemised fee lists of domestic long-distance, international, mobile and information services free of charge.
cite-telecom-39 = Telecommunications Regulations Art 39
prov-telecom-39 = A user who disputes a fee may ask the operator to resolve it; if it refuses or the user is not satisfied, the user may appeal to the telecom authority or other competent body, which must answer within 30 days.
cite-consumer-26 = Consumer Rights Protection Law Art 26
prov-consumer-26 = A business may not use standard terms that are unfair or unreasonable to consumers; such content is void. Consumers only.
cite-consumer-39 = Consumer Rights Protection Law Art 39
prov-consumer-39 = A consumer dispute can be settled by negotiation, mediation by a consumer association or another lawful mediator, a complaint to the authorities, arbitration under an arbitration agreement, or a lawsuit. Consumers only.
cite-civil-496 = Civil Code Art 496
prov-civil-496 = The party supplying standard terms must draw attention to terms of major interest to the other party and explain them on request; if it did not, the other party may claim that the term is not part of the contract.
cite-civil-497 = Civil Code Art 497
prov-civil-497 = A standard term that unreasonably exempts or limits the supplier's liability, increases the other party's liability, or limits or excludes the other party's main rights is void.
cite-civil-577 = Civil Code Art 577
prov-civil-577 = A party that does not perform the contract, or performs it not as agreed, is liable to perform, to remedy or to compensate the loss.
cite-civil-585 = Civil Code Art 585
prov-civil-585 = A court or arbitration body may reduce, on request, an agreed penalty that is excessively higher than the loss; with the carrier it is only an argument.
cite-civil-985 = Civil Code Art 985
prov-civil-985 = A person who gains without legal basis must return the gain to the one who lost by it.
cite-civil-188 = Civil Code Art 188
prov-civil-188 = The limitation period for a civil claim in court is three years from when the holder knew or should have known of the harm and of the obligor.
cite-cfr-64-2401 = 47 CFR 64.2401
prov-cfr-64-2401 = Truth in billing: each charge must come with a brief, clear, non-misleading description and name the provider of the service; not for broadband internet access.
cite-fcc-informal = FCC informal complaint process
prov-fcc-informal = An informal complaint to the FCC is served on the provider, which is asked to answer in writing within 30 days.
cite-reg-e-1005-11 = 12 CFR 1005.11 (Regulation E)
prov-reg-e-1005-11 = A consumer who notifies the bank of an electronic transfer error within 60 days after the statement showing it was sent has the error investigated and corrected. Consumer accounts only.
cite-fcba-1666 = Fair Credit Billing Act, 15 USC 1666
prov-fcba-1666 = A consumer who notifies the card issuer in writing of a billing error within 60 days after the first statement showing it was sent has it investigated and corrected. Consumer credit cards only.
cite-ofcom-adr = Ofcom rules on alternative dispute resolution
prov-ofcom-adr = Providers must belong to an approved ADR scheme (the Communications Ombudsman or CISAS); a customer can refer a complaint free of charge with a deadlock letter or 8 weeks after complaining (6 weeks for complaints from 8 April 2026).

src-measures = Telecom User Appeal Measures (MIIT Order 35), full text of Arts 9 to 14; MIIT Hubei telecom user appeal page (hubca.miit.gov.cn/gzcy/dxyhss/)
src-regulations = Telecommunications Regulations of the PRC (2016 revision), full text
src-consumer-law = Consumer Rights Protection Law of the PRC (2013 amendment), full text
src-civil-code = Civil Code of the PRC (2020), full text
src-civil-code-unchecked = Civil Code of the PRC (2020); this article not re-read word for word
src-cfr-64 = 47 CFR 64.2400 to 64.2401 (2014 text; 64.2401(b) applies to wireless since 70 FR 29979, 2005)
src-fcc = FCC Consumer Complaint Center (consumercomplaints.fcc.gov), official summary
src-reg-e = 15 USC 1693f; 12 CFR 1005.11; not re-read word for word for this table
src-fcba = 15 USC 1666; 12 CFR 1026.13; not re-read word for word for this table
src-ofcom = Ofcom, alternative dispute resolution page (official summary); Ofcom statement of 8 July 2025 and the Communications Ombudsman's press release: 6 weeks from 8 April 2026 (secondary)

## Call script: evidence

script-the-line = the line
script-part = {$when}: {$amount}
ev-after-cancellation = {$service} was cancelled on {$date}, yet it was still charged after that: {$amount} in all ({$parts}; the month of cancellation pro rata by days).
ev-after-cancellation-undated = {$service} was still charged after I asked to cancel it: {$amount} in all ({$parts}).
ev-unexplained-deduction = {$amount} was debited from my account on {$dates}, and no bill explains it.
ev-duplicate-payment = The same bill was paid twice on {$dates}: {$amount} too much.
ev-payment-mismatch = During {$months}, more was debited than the bills asked for: {$amount}.
ev-duplicate-charge = During {$months}, the same item was charged twice: {$amount}.
ev-usage-fee-unbacked = During {$months}, the bills charge {$amount} in usage fees, but the usage records show no such use.
ev-charge-during-suspension = During {$months}, the line was charged {$amount} while it was suspended.
ev-unsubscribed-charge = During {$months}, the bills charge {$amount} for services I never ordered.
ev-price-above-contract = During {$months}, the charges are above the contracted price: {$amount} too much.
ev-bill-total-mismatch = During {$months}, the bill totals do not match their lines: {$amount} unexplained.
ev-promised-refund-missing = The refund of {$amount} your agent promised has not arrived.
ev-termination-fee = The bill for {$months} adds an early-termination fee of {$amount}.
ev-unused-service = During {$months}, {$service} shows no use at all; the monthly fees for those {$count} { $count ->
    [one] month
   *[other] months
} count for {$amount} in this item.
ev-other = During {$months}, there are further charges of {$amount} to check.
ev-overlap = {" "}Another {$amount} for {$months} is counted in another item, not twice.
ev-total = That is {$amount} in total.
ev-documents = I have the bills, the bank statements and the usage records, and I can send them to you if that helps.

## Call script: rights

right-after-cancellation = Charges after the cancellation have no basis in our contract and should be refunded in full
right-unexplained-debit = Please refund the debit no bill explains, or tell me which bill it pays
right-billing-error = These charges do not match the contract or what happened, and should be refunded
right-termination-fee-cn = For the termination fee, please show me the clause in the contract and the record that it was pointed out and explained to us when we signed ({$cite_prompt}). If it was not, the clause is not part of the contract; even if it is, a clearly excessive fee can be reduced ({$cite_reduce}; a court or arbitrator decides).
right-termination-fee = For the early-termination fee, please show me the clause in the contract and the record that it was disclosed to me when I signed
right-idle-request = The line shows no use at all for {$count} { $count ->
    [one] month
   *[other] months
}. Could you please have it checked whether the line was working during that time? I am asking you to waive the monthly fees for that period.
right-records-cn = Please provide the itemised fee lists of the disputed months free of charge
right-appeal-cn = As we dispute these fees, we can complain to you and appeal to the telecom user appeal body
right-descriptions-us = Every charge on a bill must come with a clear description
right-records = Please send me the itemised charges and usage records of the disputed months

## Call script: demands

demand-refund = Please refund the charges above that are clearly wrong: {$amount}.
demand-clause = Please show me the termination-fee clause and the record that it was explained when we signed; if you cannot, please waive the {$amount}.
demand-waive = Please check whether the line was working in {$months}, and waive the monthly fees for that period: {$amount}.
demand-confirm-cancellation = Please confirm that {$service} was stopped on {$date} and that nothing more will be charged for it.
demand-stop = Please stop {$service}, with no further charges.
demand-records = Please send me the order record and the itemised charges of the disputed months, free of charge.
demand-hand-off = I understand you may not be able to refund this yourself; could you please pass it to the complaints team or whoever can decide?
demand-call-back = Please call me back or text me with a solution within {$hours} hours; if it needs checking first, please tell me when I will hear from you.
demand-read-back = Before we finish, may I read back what I noted: the ticket number, your agent ID, and the date I will hear back? Thank you.

## Call script: opening

opening-business = Hello, I am calling on behalf of {$holder}, account {$numbers}. I would like to register a formal complaint about our recent bills, {$total} in total. Could you please open a complaint ticket for me? Thank you.
opening-business-no-number = Hello, I am calling on behalf of {$holder}. I would like to register a formal complaint about our recent bills, {$total} in total. Could you please open a complaint ticket for me? Thank you.
opening-consumer = Hello, I am the account holder for {$numbers}. I would like to register a formal complaint about my recent bills, {$total} in total. Could you please open a complaint ticket for me? Thank you.
opening-consumer-no-number = Hello, I am the account holder. I would like to register a formal complaint about my recent bills, {$total} in total. Could you please open a complaint ticket for me? Thank you.

## Write down during the call

check-time = date and time of the call
check-ticket = ticket number
check-agent = agent name or ID
check-promise = what was promised
check-by-when = by when

## If no fair answer comes

if-no-answer-call-again-hotline = No answer within {$hours} hours: call {$hotline} again, quote the ticket number, ask for the complaints team, and keep a record of the call.
if-no-answer-call-again = No answer within {$hours} hours: call the carrier again, quote the ticket number, ask for the complaints team, and keep a record of the call.
if-no-answer-business-channel = A business account can also go through its account manager or the carrier's business service line; ask them to register a complaint ticket as well.

## Case status: next step

next-call-carrier-hotline = Call the carrier ({$hotline}) with the call script from the evidence pack and note the ticket number; then run billaudit case log {$case} --call --ticket T --agent A --promised "what was promised".
next-call-carrier = Call the carrier with the call script from the evidence pack and note the ticket number; then run billaudit case log {$case} --call --ticket T --agent A --promised "what was promised".
next-ask-records-cn = Ask now for the itemised fee lists of the disputed months, free of charge ({$cite}): under the standard contract, raw records are kept for 5 months.
next-ask-records = Ask the carrier now for the itemised charges and usage records of the disputed months, and keep them.
next-wait = Wait until {$date}, export the new bills and statements into the case folder, then run billaudit case status {$case} again.
next-call-again-cn = {" "}From day 16 after the complaint, or as soon as the carrier refuses, you can appeal.
next-call-again-gb = {" "}With a deadlock letter, or once the wait is over, you can go to ADR.
next-call-again-hotline = Call {$hotline} again, quote the ticket number, ask for escalation, and ask for a call-back or text with a solution.{$then} If the carrier refuses, record it with billaudit case log {$case} --refused.
next-call-again = Call the carrier again, quote the ticket number, ask for escalation, and ask for a call-back or text with a solution.{$then} If the carrier refuses, record it with billaudit case log {$case} --refused.
next-appeal-cn = Appeal to the telecom user appeal body of the province where the carrier's company is (phone 12300; {$cite}): billaudit case appeal {$case} writes the appeal.
next-consumer-alternative = Charges past the appeal window can go to 12315 or the local consumer association instead; never file the same matter there at the same time as the appeal ({$cite_bar}; {$cite}).
next-fcc = File an informal complaint with the FCC (fcc.gov/complaints; {$cite}): billaudit case appeal {$case} writes the complaint.
next-adr = Take the dispute to the carrier's ADR scheme (the Communications Ombudsman or CISAS; {$cite}): billaudit case appeal {$case} writes the application.
next-local = Ask {$country}'s telecom regulator or consumer protection body about the next step: billaudit case appeal {$case} writes a written complaint.
next-local-unknown = Ask your telecom regulator or consumer protection body about the next step: billaudit case appeal {$case} writes a written complaint.
next-nothing = Nothing flagged and no complaint under way: nothing to do.
next-done = Every promised refund has arrived; keep all the records.

## Promised refunds

promised-refund-title = Promised refund of {$amount} never arrived
promised-refund-reason = On {$date} the agent {$agent} promised (ticket {$ticket}): "{$promise}". As of {$as_of}, the later bills and statements show only {$found} of refunds or credits; {$missing} is still missing.

## The appeal

appeal-title = { $route ->
    [cn] Telecom user appeal
    [us] Informal complaint to the FCC
    [gb] Application to the ADR scheme
   *[other] Written complaint
}
appeal-f-appellant = { $route ->
    [cn] Appellant (name)
   *[other] Complainant (name)
}
appeal-f-contact-person = Contact person
appeal-f-address = Address
appeal-f-postcode = Postcode
appeal-f-phone = Phone number
appeal-f-respondent = { $route ->
    [cn] Respondent (full legal name)
   *[other] Provider (full legal name)
}
appeal-f-respondent-address = { $route ->
    [cn] Respondent's address
   *[other] Provider's address
}
appeal-f-numbers = Numbers or accounts concerned
appeal-f-demands = { $route ->
    [cn] Demands
   *[other] What I ask for
}
appeal-f-facts = Facts and reasons
appeal-f-prior = Prior complaint to the provider
appeal-f-exhibits = Exhibits
appeal-f-basis = Basis
appeal-f-omitted = Left out
appeal-f-date = { $route ->
    [cn] Date of the appeal
   *[other] Date
}
appeal-ask-full-name = {$carrier} (full legal name as on the contract or invoice: {$blank})
appeal-omitted-review = Left out: {$title} (to check only; no amount is disputed).
appeal-omitted-window = Left out: {$title} (the appeal window for this billing dispute closed on {$date}; it can still be claimed from the carrier or in court).
appeal-demand-refund = Refund the charges after cancellation, the debits no bill explains and the other overcharges: {$amount}.
appeal-demand-clause = Produce the termination-fee clause and the record that it was pointed out and explained at signing; failing that, waive the fee of {$amount}.
appeal-demand-waive = Check whether the line was working in {$months}, and waive the monthly fees for that period: {$amount}.
appeal-demand-confirm-cancellation = Confirm that {$service} was stopped on {$date}, with no charges after it.
appeal-demand-stop = Stop {$service}, with no further charges.
appeal-demand-records-cn = Provide the order record and the itemised fee lists of the disputed months free of charge ({$cite}).
appeal-demand-answer-cn = Answer within the time set ({$cite}).
appeal-demand-records = Provide the order record and the itemised charges of the disputed months.
appeal-no-facts = There are no disputed charges to appeal.
appeal-facts-total = Disputed in total: {$amount}; no amount is counted twice.
appeal-prior-none = No complaint to the carrier yet. The appeal body only accepts an appeal after a complaint to the respondent: complain first and note the ticket number.
appeal-not-recorded = not recorded
appeal-channel-call = phone
appeal-channel-letter = letter
appeal-channel-other = another channel
appeal-prior-entry = On {$when} I complained to {$carrier} by {$channel}, ticket {$ticket}, agent {$agent}.
appeal-prior-promise = {" "}The carrier promised: "{$promise}".
appeal-prior-refused = {" "}The carrier refused or answered unsatisfactorily.
appeal-prior-15-days-passed = 15 full days have passed since the complaint of {$date}; as of {$as_of} the matter is unresolved.
appeal-prior-unsatisfied = The carrier's answer is unsatisfactory.
appeal-prior-15-days-open = Fewer than 15 full days since the complaint (they are complete from {$date}); if the carrier refuses, the appeal can be made at once.
appeal-exhibit-bills = Bills ({$months}): {$files}
appeal-exhibit-statements = Bank or payment statements: {$files}
appeal-exhibit-usage = Usage records: {$files}
appeal-exhibit-log = Complaint and call log: {$files}
appeal-exhibit-other = Other documents: {$files}
appeal-exhibit-contract = The contract or service agreement, and the receipt for the cancellation request (if any)
appeal-note-no-complaint = Note: no complaint to the carrier is logged yet; filing now would be turned away. Complain first.
appeal-note-not-ready = Note: this may not be accepted yet (the waiting period after the complaint is not over and the carrier has not refused).

## Jurisdiction notes

note-country-from-carrier = No country is set ([account] country); taken as {$country} from the carrier {$carrier}. Set it in the config if that is wrong.
note-country-from-currency = No country is set ([account] country); taken as {$country} from the currency {$currency}. Set it in the config if that is wrong.
note-country-unknown = No country is set ([account] country) and neither the carrier nor the currency tells it: the reports cite no law.
note-holder-business = Taken as a business account from the holder's name ([account] holder_type is not set): no law or body that protects consumers only is cited. For a personal account, set holder_type = "consumer".
note-holder-consumer = Taken as a consumer's account from the holder's name ([account] holder_type is not set). For a company's line, set holder_type = "business".

## Reports: terminal and Markdown

report-audit-of = Audit of
report-skipped = skipped
report-rows-could-not-be-read-see = rows could not be read (see billaudit import)
report-nothing-flagged = Nothing flagged.
report-assumptions = Assumptions
report-next-billaudit-audit-case-evidence-evide = Next: billaudit audit CASE --evidence evidence.md writes the evidence list and call script.
report-disputed-total = Disputed total
report-disputed-items = disputed items
report-findings = findings
report-for-review-not-in-the-disputed = For review (not in the disputed total)
report-evidence-list-and-call-script = Evidence list and call script
report-account-holder = Account holder
report-carrier = Carrier
report-hotline = Hotline
report-numbers = Numbers
report-findings-2 = Findings
report-as-of = As of
report-timeline = Timeline
report-date = Date
report-event = Event
report-source-document = Source document
report-findings-and-evidence = Findings and evidence
report-call-script = Call script
report-1-evidence = 1. Evidence (摆证据)
report-2-rights = 2. Rights (摆权益)
report-3-demands = 3. Demands (提要求)
report-write-down-during-the-call = Write down during the call
report-if-no-fair-answer-comes = If no fair answer comes
report-legal-basis = Legal basis
report-evidence = Evidence
report-disputed-record = Disputed record
report-disputed-amount = Disputed amount
report-argument = Argument
report-rule = Rule
report-amount-for-review-not-in-the = Amount (for review, not in the disputed total)
report-not-recognised = not recognised
table-period = Period
table-rules = Rules
table-service = Service
table-item = Item
table-disputed = Disputed
table-source = Source
report-files-read = {$usable} of {$files} files read, {$records} records.

## Evidence pack (HTML)

pack-title = Billing dispute evidence pack
pack-holder = Account holder
pack-numbers = Numbers / accounts
pack-carrier = Carrier
pack-hotline = Hotline
pack-disputed-total = Disputed total
pack-findings = Findings
pack-periods = Billing periods
pack-as-of = As of
pack-deadlines = Deadlines that apply
pack-date = Date
pack-status = Status
pack-what = What
pack-timeline = Timeline
pack-event = Event
pack-source = Source document
pack-items = Disputed items and evidence
pack-period = Period
pack-amount = Disputed amount
pack-bill = Bill line
pack-payment = Bank / payment line
pack-usage = Usage behind the claim
pack-other = Other evidence
pack-reason = Reason
pack-rule = Rule
pack-none = Nothing flagged.
pack-charts = Charts
pack-legal = Legal basis
pack-provision = Provision
pack-content = What it says
pack-legal-note = Each provision names the text it was checked against; the current official text prevails.
pack-script = Call script
pack-evidence = 1. Evidence (摆证据)
pack-rights = 2. Rights (摆权益)
pack-demands = 3. Demands (提要求)
pack-no-answer = If there is no fair answer
pack-checklist = Write down during the call
pack-escalation = Escalation and deadlines
pack-assumptions = Assumptions
pack-sep = {". "}
pack-timeline-note = Red rows = disputed; yellow rows = the case log (calls, promises).
pack-no-provisions = The verified table holds no provision for this country; rely on the carrier's terms and the local regulator.
pack-generated = Made by billaudit; every amount and date comes from the files listed.
pack-chart-idle = Red hatching = months charged although the usage records show no use at all
pack-chart-pay = Bill totals against the debits paired with them; yellow = a debit with no bill behind it
pack-ticket = ticket
pack-agent = agent
pack-promised = promised
pack-call-to-the-carrier = Call to the carrier
pack-written-complaint = Written complaint
pack-appeal-filed = Appeal filed
pack-note = Note
pack-part-sep = {"; "}
pack-no-matching-debit-found = (no matching debit found)
pack-high = high
pack-medium = medium
pack-low = low
pack-info = info
timeline-period = {$period} (billing period)
timeline-bill = Bill for {$amount}, {$lines} { $lines ->
    [one] line
   *[other] lines
}
timeline-debit = Debit {$amount} to {$payee} ({$description})
timeline-debit-unbilled = Debit {$amount} to {$payee} ({$description}), no bill behind it
timeline-credit = Credit {$amount} from {$payee} ({$description})
timeline-service-start = {$service} starts
timeline-service-cancelled = Cancellation of {$service} requested
pack-usage-summary = {$period}: {$records} records, {$seconds}, {$bytes}
pack-cancellation-evidence = {$location} — cancellation of {$service} requested on {$date}
pack-idle-months = Idle months ({$count}): {$months}

## Rule titles and arguments (rules/*.toml; a case's own rules may carry [title] and [argument])

rule-bill-total-mismatch-title = {$period}: bill lines add up to {$sum}, the bill states {$stated}
rule-bill-total-mismatch-argument = The {$period} bill lines add up to {$sum}, but the bill states {$stated} (difference {$difference}). Ask for the full itemised list and an explanation of the difference.
rule-charge-after-cancellation-title = {$period}: {$service} charged after cancellation
rule-charge-after-cancellation-argument = {$service} was cancelled on {$cancelled}, yet {$period} still charged {$item} {$billed}; {$amount} of it ({$share}) falls after the cancellation and should be refunded.
rule-charge-during-suspension-title = {$period}: {$service} charged while suspended
rule-charge-during-suspension-argument = {$service} was suspended {$suspended}, yet {$period} charged {$item} {$billed}; {$amount} of it ({$share}) falls in the suspension. Only the keeping fee is owed while suspended; the rest should be refunded.
rule-duplicate-charge-title = {$period}: duplicate charge: {$item}
rule-duplicate-charge-argument = In the {$period} bill, {$item} appears {$count} times; {$amount} was charged twice and should be refunded.
rule-duplicate-payment-title = {$period}: bill of {$billed} paid twice
rule-duplicate-payment-argument = The {$period} bill of {$billed} was paid in full to {$first_payee} on {$first_date}, and {$amount} was paid again to {$payee} on {$date} ({$item}). Ask for the duplicate payment to be refunded, or for written confirmation that it was credited to the account.
rule-new-charge-title = {$period}: new charge: {$item}
rule-new-charge-argument = {$item} ({$amount}) appears for the first time in {$period}; no bill since {$first} had it. Ask for the order record; if you never ordered it, it should be cancelled and refunded.
rule-payment-mismatch-title = {$period}: bill of {$billed} paid with {$paid}
rule-payment-mismatch-argument = The {$period} bill totals {$billed}, but {$paid} was debited: {$amount} too much, which should be refunded.
rule-price-above-contract-title = {$period}: {$service} billed {$billed}, above the contracted {$contracted}
rule-price-above-contract-argument = The contract sets {$service} at {$contracted} a month, but the {$period} bill charged {$billed} ({$item}), {$amount} more. The carrier may not raise the price unilaterally during the contract; the excess should be refunded.
rule-price-change-title = {$period}: {$item} changed from {$before} to {$now}
rule-price-change-argument = {$item} was {$before} in {$previous} but {$now} in {$period} (a change of {$amount}). A tariff change must be announced and agreed beforehand; ask for the basis of the change and a refund of any difference you did not agree to.
rule-promo-expired-title = {$period}: {$service} discount {$item} dropped during the contract term
rule-promo-expired-argument = The {$service} contract runs until {$term_end}; the {$given_in} bill still gave the discount {$item} ({$discount}), but the {$period} bill does not. A discount promised for the term may not be withdrawn unilaterally; {$amount} should be credited back.
rule-recurring-unknown-title = Recurring debit of {$each} to {$payee} with no service
rule-recurring-unknown-argument = From {$first} to {$last}, {$payee} debited {$each} {$count} times in {$months} months ({$amount} in all), with no bill and no configured service to explain it. If it is a service you have, add it to billaudit.toml: {$suggestion}; otherwise ask what it is for, stop it and claim the money back.
rule-termination-fee-title = {$period}: early-termination fee of {$amount} to review
rule-termination-fee-argument = {$period} charged {$item} {$amount}. Ask the carrier for the contract clause that allows it and the record that it was pointed out and explained at signing: a clause that was not is not part of the contract, and a clearly excessive fee can be reduced.
rule-unexplained-deduction-title = Debit of {$amount} on {$date} with no bill
rule-unexplained-deduction-argument = On {$date}, {$amount} was debited to {$payee} ({$item}), and no bill explains it. Ask what it was for; without a bill it must be refunded.
rule-unsubscribed-charge-title = {$period}: charge for a service never ordered: {$item}
rule-unsubscribed-charge-argument = The {$period} bill charged {$item} {$amount}, a service that was never ordered. Ask for the order record; without one the charge must be refunded.
rule-unused-service-title = {$period}: {$service} charged although unused
rule-unused-service-argument = The usage records for {$period} show no use of {$service}, yet the bill charged {$amount} ({$item}). Ask the carrier to check whether the line was working that month, and to waive the fee.
rule-usage-fee-unbacked-title = {$period}: {$service} usage fees of {$billed} exceed the {$recorded} in the usage records
rule-usage-fee-unbacked-argument = The {$period} bill charged {$billed} in usage fees ({$item}), while the {$records} usage records of that period add up to {$recorded} in fees: {$amount} more. Usage fees must be backed by the detail records; the unbacked part should be refunded.
check-usage-summary = {$records} records, {$seconds}, {$bytes}
check-share-after-cancellation = {$after} of {$days} days after cancellation
check-share-suspended = {$off} of {$days} days suspended
check-whole-month = whole month

## Command line: rules and case status

status-case = Case
status-as-of = as of
status-disputed-total = Disputed total
status-findings = findings
status-log = Log
status-nothing-logged-yet = (nothing logged yet)
status-call = call
status-letter = letter
status-appeal = appeal
status-note = note
status-ticket = ticket
status-agent = agent
status-promises = Promises
status-kept = kept
status-pending = pending
status-not-kept = NOT KEPT
status-not-checkable = not checkable
status-due = due
status-found = found
status-new-findings = New findings
status-evidence = evidence
status-deadlines = Deadlines
status-next-step = Next step
rules-explain-hint = billaudit explain RULE prints what a rule does and why it matters.
appeal-date-line = Date: {$date}

## Amounts in another currency than the case's

apart-summary = {$count} amounts in another currency than the case's {$case} were kept apart: they are not summed, matched or disputed.
apart-record = {$at}: {$amount} {$currency} ({$what}) kept apart, not counted as {$case}.
apart-more = … and {$count} more amounts in another currency: see each file's import summary (billaudit import).
report-kept-apart = kept apart (another currency)
report-currencies = currencies stated

## Usage rows that could not be read

unread-usage-dated = {$file}: {$rows} usage rows of {$months} could not be read, and no readable record shows {$service} in use then; those months are not taken as evidence that {$service} was unused.
unread-usage-undated = {$file}: {$rows} usage rows could not be read and their dates are unknown; no readable record shows {$service} in use in {$months}, but those months are not taken as evidence that {$service} was unused.
