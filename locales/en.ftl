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

## Language, numbers and dates

meta-language-name = English
meta-locales = en
money =
    {$sign}{ $currency ->
        [CNY] CNY {$amount}
        [RMB] CNY {$amount}
        [USD] ${$amount}
        [CAD] CA${$amount}
        [GBP] £{$amount}
        [EUR] €{$amount}
        [TWD] NT${$amount}
        [HKD] HK${$amount}
       *[other] {$amount} {$currency}
    }
date-full =
    {$day} { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } {$year}
duration-h-min = {$h} h {$min} min
duration-min-s = {$min} min {$s} s
duration-s = {$s} s
error-unknown-language = unknown language "{$asked}": the languages are {$known}
chart-idle = idle
chart-no-records = no records
chart-charged = charged
chart-data-scaled = data used (scaled)
chart-time-scaled = time used (scaled)
chart-records-scaled = usage records (scaled)
chart-service-title = {$service}: monthly charges against usage
chart-unbilled-debit = unbilled debit
chart-payments-title = Bill totals against debits, per billing period
chart-billed = billed
chart-debited = debited for the bill
chart-debit-no-bill = debit with no bill

## Import: OFX statements

who-statement = statement
who-account = account {$account}
ofx-no-ofx-element-after-header = OFX header without an <OFX> element
ofx-syntax-expected-tags = line {$line}, column {$column}: {$error} (expected OFX tags)
ofx-syntax = line {$line}, column {$column}: {$error}
ofx-no-ofx-element = no <OFX> element
ofx-transaction-outside-statement = STMTTRN outside any statement (STMTRS/CCSTMTRS): not read; the file is malformed here
ofx-profile-response = an OFX profile response (PROFRS), not a statement
ofx-account-list-response = an OFX account list response (ACCTINFORS), not a statement
ofx-signon-failed = OFX signon failed (status {$code} {$severity}: {$message}); the file holds no statement
ofx-error-response = OFX error response (status {$code} {$severity}: {$message}); the file holds no statement
ofx-signon-only = an OFX signon response only; the file holds no statement
ofx-empty = an empty OFX document; the file holds no statement
ofx-note-transaction-outside-list = {$who}: the transaction at line {$line} sits outside the transaction list (BANKTRANLIST); read as part of the statement
ofx-reconcile-ledger = {$who}: {$name} + {$count} entries = ledger balance as of {$date}
ofx-note-ledger-unchecked = {$who}: ledger balance {$balance} {$currency} as of {$date}; OFX states no opening balance, so it cannot be checked against the {$count} entries (sum {$sum})
ofx-error-ledger-amount = LEDGERBAL/BALAMT: expected an amount like -12.34, found "{$found}"
ofx-note-ledger-empty = {$who}: the ledger balance (LEDGERBAL/BALAMT) is empty
ofx-note-no-ledger = {$who}: no ledger balance stated
ofx-error-date-missing = STMTTRN: DTPOSTED missing or empty (expected a date like 20250131)
ofx-error-date = STMTTRN/DTPOSTED: expected a date like 20250131 or 20250131120000[-5:EST], found "{$found}"
ofx-error-amount = STMTTRN/TRNAMT: expected a signed amount like -12.34, found "{$found}"

## Import: OFX syntax

ofx-syntax-cdata-unclosed = a CDATA section opened with '<![CDATA[' is never closed with ']]>'
ofx-syntax-tag-unclosed = a tag opened with '<' is never closed with '>'
ofx-syntax-malformed-tag = malformed tag "{$tag}"
ofx-syntax-empty-tag = an empty tag '<>'
ofx-syntax-nameless-tag = a tag without a name "{$tag}"
ofx-syntax-too-deep = elements nested deeper than {$max} levels

## Import: ISO 20022 (camt) statements

camt-not-camt = an ISO 20022 document that is not camt.052, camt.053 or camt.054
camt-malformed-xml = line {$line}, column {$column}: malformed XML ({$error})
camt-too-deep = line {$line}, column {$column}: elements nested deeper than {$max} levels
camt-no-statement = a {$version} document without any {$container} (no statement, report or notification in it)
camt-note-version = {$version}, {$count} {$container}
camt-error-amount = Ntry/Amt: expected an unsigned amount like 8.85, found "{$found}"
camt-error-direction = Ntry/CdtDbtInd: expected CRDT or DBIT, found "{$found}"
camt-error-no-date = Ntry: no booking date (BookgDt) or value date (ValDt); expected a date like 2025-01-31
camt-error-date = Ntry/BookgDt: expected a date like 2025-01-31, found "{$found}"
camt-reconcile-count = {$who}: number of entries (TxsSummry)
camt-note-count-not-number = {$who}: stated number of entries "{$count}" is not a number
camt-reconcile-sum = {$who}: sum of entry amounts (TxsSummry)
camt-note-unreadable-entries = {$who}: {$count} entries could not be read; the balance check below lacks them
camt-reconcile-balance = {$who}: {$code} {$from} + booked entries = CLBD {$to}
camt-note-balance-not-number = {$who}: a balance amount is not a number; balances not checked
camt-note-no-balances = {$who}: no opening (OPBD/PRCD) and closing (CLBD) booked balance pair to check (balances given: none)
camt-note-no-balance-pair = {$who}: no opening (OPBD/PRCD) and closing (CLBD) booked balance pair to check (balances given: {$given})

## Import: MT940/MT942 statements

mt940-balance-empty = an empty balance
mt940-balance-mark = expected C or D first, found "{$found}"
mt940-balance-date = expected a date YYMMDD after the C/D mark, found "{$found}"
mt940-balance-amount = expected an amount like 1234,56 after the currency, found "{$found}"
mt940-61-value-date = expected a value date YYMMDD, found "{$found}"
mt940-61-entry-date = expected an entry date MMDD, found "{$found}"
mt940-61-mark = expected a debit/credit mark D, C, RD or RC, found "{$found}"
mt940-61-amount = expected an amount like 12,50, found "{$found}"
mt940-no-message = no MT940/MT942 message (no :20: field)
mt940-note-fragment = a message fragment: it starts with :{$tag}: rather than :20: (line {$line})
mt940-note-balance-not-read = line {$line}: :{$tag}: balance not read: {$error}
mt940-note-field-not-read = line {$line}: :{$tag}: not read ("{$value}")
mt940-error-61 = :61: {$error}
mt940-who = statement {$reference}
mt940-who-account = statement {$reference} ({$account})
mt940-note-unreadable = {$who}: {$count} entries could not be read; the balance check lacks them
mt940-reconcile-balance = {$who}: opening {$from} + entries = closing {$to}
mt940-note-no-balance-pair = {$who}: no opening and closing balance pair to check
mt940-reconcile-debit-count = {$who}: number of debits (:90:)
mt940-reconcile-debit-sum = {$who}: sum of debits (:90:)
mt940-reconcile-credit-count = {$who}: number of credits (:90:)
mt940-reconcile-credit-sum = {$who}: sum of credits (:90:)

## Import: e-mail and HTML bills

mail-unparsed = looks like an e-mail, but no message could be parsed
mail-note-attachment-image = attachment "{$name}" is an image: not read
mail-note-attachment-nested = attachment "{$name}" not read: a message inside a message, or attachments nested deeper than {$max}
mail-note-own-tables = the message's own tables: {$file}: {$error}
mail-nothing-read = e-mail read: no HTML table of a bill and no attachment that could be read ({$count} attachments)
skip-in-attachment = {$file}: {$reason}
mail-note-attachment-not-read = attachment not read: {$file}: {$error}
mail-note-attachment-read = attachment {$file} read as {$format}: {$count} records
html-nothing-recognised = HTML read, no bill or statement table recognised in its {$count} table rows
html-note-rows = rows are the table rows of the HTML (file:row cites the Nth table row)

## Import: China Mobile bill mail

cmcc-no-period = a China Mobile bill mail that states no billing period (计费周期, 账期 or `YYYY年MM月…账单`): not read rather than guessed
reconcile-items-of = {$name} items
reconcile-in-sheet = sheet "{$sheet}": {$what}

## Import: files not read, PDFs and own outputs

format-image = an image
format-ofd = OFD (an electronic invoice format)
format-word = a Word document
not-read-lock-file = an Office lock file (~$…), written while the workbook is open in Excel or WPS, not data: close the workbook (the lock file goes away) or delete it
not-read-format-not-yet = {$format}, a format not read yet: export the bill or statement as CSV or XLSX (or describe the export with a profile, see profiles/example-bank.toml)
own-output-findings-csv = findings report (audit --format csv)
own-output-findings-json = findings report (audit --format json)
own-output-pack-markdown = evidence pack (audit --evidence, Markdown)
own-output-pack-html = evidence pack (audit --evidence, HTML)
own-output-appeal = appeal text (case appeal)
pdf-no-text = PDF read, but its {$pages} pages hold no text (a scan or images only; billaudit does not do OCR)
pdf-layout-not-recognised = PDF read, layout not recognised: {$pages} pages of text ({$lines} lines); `billaudit import --dump-text FILE` shows them, to write a profile from
pdf-needs-password = the PDF is encrypted and needs a password: give it with --password, or as `password` under [import] in billaudit.toml
pdf-wrong-password = the PDF is encrypted and the password given does not open it
pdf-malformed = not a readable PDF: {$detail}
pdf-extractor-failed = the PDF text extractor failed on this file ({$detail})
pdf-timed-out = PDF text extraction did not finish within {$seconds} s and was given up
pdf-too-large = PDF too large: {$detail}
tmobile-no-issue-date = a T-Mobile bill without a bill issue date: its period is not guessed
tmobile-note-period = period {$period}: the month of the bill issue date {$issued}
tmobile-note-no-totals = no totals row in THIS BILL SUMMARY: nothing to check the items against

## Import: carrier exports (US, Canada) and checks of stated totals

rogers-zip-many = a ZIP with {$count} ALL_CALLS files; import them one by one (unzipped)
rogers-zip-no-header = a ZIP whose {$name} does not fit any Header-*.txt in it
rogers-note-from-zip = read {$name} from the ZIP
rogers-header-file = a Rogers field definition file (Header-*.txt): it names the columns of the ALL_CALLS file beside it, which is the one to import
rogers-calls-without-header = a headerless Rogers call file without its Header-*.txt field definitions beside it
rogers-note-field-names = field names from the Rogers {$kind} definition file
towers-not-bills = a list of antenna locations (antenna_id, latitude, longitude): not bills, usage or payments
telus-report-not-read = a TELUS "{$name}" report: summary tables that are not read yet (the Airtime Details report is)
note-bill-lines-from-charge-rows = {$lines} bill lines from {$rows} charges rows (one per non-zero charge column)
note-records-dated = records dated {$from} to {$to}
reconcile-charges-taxes = line {$line}: charges and taxes = total
reconcile-charges-taxes-number = line {$line} ({$number}): charges and taxes = total
reconcile-section-total = {$subscriber} {$section} section total ({$count} calls)
reconcile-line = line {$line}: {$what}
sum-verizon-balance-forward = previous balance + payments + adjustments = balance forward
sum-verizon-usage = usage charges by kind = usage and purchase charges
sum-verizon-current = charges by section = total current charges
sum-verizon-due = balance forward + total current charges = total amount due
sum-bell-balance-owing = previous balance + adjustments + payments = balance owing
sum-bell-current = charges + taxes = current charges
sum-bell-due = balance owing + current charges = amount due
reconcile-tmobile-line = line {$label}: categories = its total
reconcile-tmobile-section = {$name} items = its subtotal
reconcile-tmobile-summary = summary {$name}: the lines = the totals row
reconcile-tmobile-due = TOTAL DUE = the summary's total
reconcile-tmobile-items = all line items = the bill total
reconcile-stated-rows = rows (共N笔记录)
reconcile-label-count = {$label} count
reconcile-label-sum = {$label} sum
note-stated-count-masked = {$file}: the stated count of {$label} is masked; not compared
note-stated-sum-masked = {$file}: the stated sum of {$label} is masked; not compared
reconcile-key-total = {$key} total ({$label})
note-stated-total-not-number = {$file}: the stated {$key} total "{$value}" is not a number; not compared

## Import: whole files

import-error-io = cannot read: {$error}
import-error-unrecognised = not recognised: {$reason}
import-error-not-read = not read: {$reason}
import-error-workbook = cannot open as a spreadsheet: {$message}
import-error-pdf = cannot read the PDF: {$message}
import-error-csv = line {$line}: cannot read CSV: {$message}
import-error-own-output = billaudit's own {$what}; never imported
import-error-internal = reading stopped on an internal error ({$message}); none of its records are used, please report this file's layout
unrecognised-too-large = larger than {$mib} MiB, the most a file of its kind is read
unrecognised-statement-too-large = larger than {$mib} MiB, the most a statement or carrier file is read whole
unrecognised-binary = binary data that is neither a spreadsheet nor text
unrecognised-empty-file = empty file
unrecognised-no-header = no header row of a bill (账期/项目/金额), usage detail (起始时间/时长/流量) or statement (交易时间/金额) in the first {$rows} rows
unrecognised-workbook-no-sheets = no sheet has a header row of a bill, usage detail or statement (sheets: none)
unrecognised-workbook-no-header = no sheet has a header row of a bill, usage detail or statement (sheets: {$sheets})
workbook-too-large = larger than {$mib} MiB
csv-too-many-columns = {$count} columns in one row (at most {$max} are read)
dump-text-not-applicable = --dump-text shows the text of PDFs, e-mails and HTML files; this file is none
unread-sheet = sheet "{$sheet}" could not be read: {$error}
skip-sheet-copy = sheet "{$sheet}": a copy of sheet "{$of}" (the same records), not read twice
skip-sheet-without-header = sheet "{$sheet}" not read: no header row of a bill, usage detail or statement
note-sheets-read = {$count} sheets read: {$sheets}
note-sheet-read-as = sheet "{$sheet}" read as {$format} ({$kind})
note-sheet-empty = sheet "{$sheet}" is empty
note-xls-repaired = legacy .xls text repaired: its strings are UTF-16 but the workbook declares code page 1252, so the reader decoded them as cp1252; {$repaired} cells re-decoded
note-xls-repaired-partly = legacy .xls text repaired: its strings are UTF-16 but the workbook declares code page 1252, so the reader decoded them as cp1252; {$repaired} cells re-decoded, {$left} could not be and are kept as read
note-undecodable-characters = {$count} character(s) could not be decoded as {$encoding} (invalid bytes) and were read as U+FFFD
note-date-order-assumed = {$file}: no date from row {$line} on shows whether its dates are day/month or month/day; read {$order} as {$why}
date-order-day-first = day first
date-order-month-first = month first
note-dates-written-in-country = dates are written in {$country} ([account] country)
note-repeated-bill = {$file}: the bill for {$period} repeats {$of} line for line; it is counted once.

## Matching and audit notes (assumptions)

note-linked = {$count} carrier-bound transactions appear in two files (same order id, or same amount within {$days} days) and were counted once: {$pairs}.
note-linked-more = {$count} carrier-bound transactions appear in two files (same order id, or same amount within {$days} days) and were counted once: {$pairs}, ….
note-payees-empty = [account] payees is empty: none of the {$count} transactions can be told to be money paid to the carrier, so payments were not checked against the bills.
note-payee-matches-nothing = Warning: the payee pattern "{$pattern}" in [account] payees matches none of the {$count} transactions (misspelt?): payments to that payee are not checked.
note-usage-not-checked = Usage of service '{$service}' not checked: no usage export covers it in a billed period (add its 详单 export); it is never called unused.
note-range-from-records = {$file} states no date range; it is taken to cover the days its records span ({$from} to {$to}).
note-ambiguous-usage = {$count} usage records could belong to more than one service and were counted for each (give services their numbers to separate them).
note-debit-pays-missing-bill = The debit of {$amount} on {$date} ({$source}) falls in the payment window of the {$period} bill, which is not in the folder: taken as its payment, not checked.
note-debits-unchecked = {$count} carrier-bound debits fall outside the billed periods and their payment windows ({$days} days after each period) and were not checked.
note-builtin-rule-disabled = The built-in rule {$rule} is disabled (enabled = false in the case's rules/ folder): its check did not run.
note-rule-disabled = The rule {$rule} is disabled (enabled = false in the case's rules/ folder): its check did not run.
walk-folder-not-listed = the folder could not be listed whole: {$error}
walk-broken-link = a broken symbolic link ({$error})
walk-cannot-read = cannot be read: {$error}
walk-link-out-of-case = a symbolic link out of the case folder (to {$target}); not followed
walk-link-loop = a symbolic link to a folder it is in (a loop); not followed
walk-folder-unreadable = a folder that cannot be read: {$error}
walk-not-regular-file = not a regular file (a FIFO, socket or device); not read
walk-same-bytes = the same bytes as {$of}; read once

## Import summary (billaudit import)

import-rows = rows: {$rows}
record-kind-bill-lines = bill-lines
record-kind-usage = usage
record-kind-transactions = transactions
import-file-head = {$file}: {$format} ({$kind})
import-file-encoding = , {$encoding}
import-file-sheet = , sheet "{$sheet}"
import-counts = rows: {$rows}  records: {$records}  skipped: {$skipped}  errors: {$errors}
import-header-row = {"  "}header: row {$row}
import-skipped-line = skipped {$count}  {$reason}
import-covers = covers: {$from} to {$to}
import-error-line = error: {$error}
import-more-errors = … and {$count} more errors
import-reconciled = reconciled: {$what}: stated {$stated} = records {$computed}
import-not-reconciled = warning: {$file}: {$what} does not reconcile: stated {$stated}, records {$computed}
import-unread-line = not read: {$what}
import-note-line = note: {$note}

## Audit errors

audit-error-no-config = {$dir}: no {$file} in this folder (run `billaudit init {$dir}` to write one)
audit-error-not-a-dir = {$dir}: not a folder
audit-error-nothing-usable = nothing usable in {$dir}: {$why}
audit-nothing-no-files = the folder holds no exported files
audit-nothing-recognised = none of the {$count} files was recognised

## Command line: messages

cli-error = error: {$text}
cli-warning = warning: {$text}
cli-note = note: {$text}
cli-error-date = expected a date as YYYY-MM-DD, e.g. 2025-07-20 (got "{$found}")
cli-error-date-range = expected a date between the years 1 and 9999 (got "{$found}")
cli-error-empty-password = an empty password
cli-more-rows-unread = {$file}: {$count} more rows could not be read
cli-evidence-extension = --evidence {$path}: unsupported extension "{$ext}"; use .html or .md
cli-evidence-written = evidence written to {$path}
cli-empty-folder = {$path}: the folder holds no files to import (sub-folders searched too)
cli-no-such-path = {$path}: no such file or folder
cli-log-line-damaged = {$line}; skipped (fix or delete that line)
cli-error-at = --at "{$found}": expected a date-time like "2025-10-05 14:30"
cli-nothing-to-log = nothing to log: give --call/--letter/--appeal, or --note, --ticket or --promised
cli-logged = logged {$kind} at {$at} in {$file}:{$line}
cli-promise-by = promise read as: refund {$refund} by {$date}
cli-promise-no-date = promise read as: refund {$refund} (no date: checked {$days} days after the call)
cli-promise-no-amount = note: no refund amount found in the promise; case status will list it without checking it
cli-appeal-written = appeal written to {$path}
cli-no-complaint-logged = no complaint to the carrier is logged; the regulator only accepts an appeal after one (billaudit case log CASE --call ...)
cli-init-exists = {$path} already exists; use --force to replace it (or --print to see the guess)
cli-init-bug = the generated configuration does not load (a bug)
cli-init-wrote = wrote {$path}: {$count} services, {$payees} payees
cli-init-services = {" "}({$services})
cli-init-carrier = , carrier {$carrier}
cli-init-review = Review every value against your contract (monthly_fee, start, term_months, cancelled), then run: billaudit audit {$case}
cli-unknown-rule = unknown rule "{$rule}"; the rules are: {$rules}
cli-refuse-case-file = {$path} is one of the case's own files (an input, billaudit.toml, the case log, a rule or profile); choose another output file
cli-refuse-symlink = {$path} is a symbolic link; it is never replaced (write to the file it points at by name, or remove the link)
cli-refuse-folder = {$path} is a folder
cli-refuse-special = {$path} is not a regular file (a device, FIFO or socket); it is never replaced
cli-refuse-exists = {$path} already exists; use --force to replace it
cli-not-written = not written: {$why}
cli-cannot-write = cannot write {$path}
cli-cannot-create = cannot create {$path}
cli-cannot-create-temp = cannot create a temporary file in {$path}

## billaudit init: comments of the starter configuration

init-country-from-carrier = from the carrier; selects the law and bodies the reports cite
init-country-from-currency = from the currency; selects the law and bodies the reports cite
init-country-unknown = ISO code (CN, US, GB, …): not recognised from the statements
init-holder-type = or "business" for a company's line; without it the holder's name decides (公司, 有限, 企业, Ltd, Inc, LLC … mean a business)
init-head =
    billaudit.toml written by `billaudit init` from the statements in this folder.
    Every value below is a guess: check it against your contract, then run `billaudit audit`.
init-read-with-bills = Read {$files} files ({$skipped} skipped); bills for {$periods} periods, {$from} to {$to}.
init-read-no-bills = Read {$files} files ({$skipped} skipped); no bill lines found.
init-holder = the account holder as named on the bills (optional)
init-carrier = the carrier most carrier-bound debits go to
init-carrier-unknown = no carrier was recognised in the statements
init-currency = ISO code of the amounts
init-no-payees =
    No debit to a carrier was found: list the names your bank or wallet shows for payments
    to the carrier (regexes), for example payees = ["中国电信", "翼支付"].
init-payees = Regexes for money paid to the carrier, from the counterparties of carrier-bound debits:
init-payee = {$name}: {$debits} debits, {$total} in all
init-no-service = No recurring bill item was found. Add one [[service]] per line you subscribe to:
init-service-billed = Billed in {$periods} periods ({$lines} lines). Kind guessed from the item text.
init-service-vas =
    A value-added service: keep this entry only if you ordered it. Without it, its
    charges are flagged as unsubscribed-charge.
init-service-id = stable id used in findings
init-service-kind = broadband | mobile | voice | data | sms | tv | vas | device | other
init-service-match = Regexes against bill items; these are the items seen, escaped (shorten them to match variants):
init-service-fee = the most common amount per period; use the contracted price
init-service-fee-unknown = the contracted price
init-service-start = first day of the first billed period; use the contract's start
init-service-term = the contract term, if any
init-service-cancelled = the day you asked to stop it, if you did
init-service-suspended = suspension (停机保号) ranges, if any
init-service-numbers = the number on these bill lines
explain-check-severity = Check: {$check}  Severity: {$severity}
explain-rule-file = Rule file ({$origin})
explain-check = check {$check}

## Import: values expected in carrier exports

expect-date-like = a date like {$example}
expect-time-like = a time like {$example}
expect-amount-like = an amount like {$example}
expect-amount-plain = an amount
expect-kilobytes-like = kilobytes like {$example}
expect-kilobytes = kilobytes
expect-minutes-like = minutes like {$example}
expect-whole-minutes-like = whole minutes like {$example}
expect-minutes-seconds-like = minutes and seconds like {$example}
expect-whole-seconds = whole seconds
expect-call-text-code = 11 (call) or 21 (text)
expect-record-type-bil-ira-sl = BIL, IRA or SL
expect-voice-data-messaging = Voice, Data or Messaging
expect-call-or-text = call or text
expect-invoice-date-line = an Invoice Date line above the calls
pdf-note-rows = read from the text of a PDF: rows are lines of a page (file:page:line)

## Import: skipped rows

skip-summary-line = summary line
skip-blank-line = blank line
skip-outside-charge-tables = text outside the bill's charge tables
skip-stated-total = stated bill total (kept for reconciliation)
skip-section-total = section total
skip-closed-transaction = closed or failed transaction (no money moved)
skip-zero-amount = zero amount
skip-total-without-amount = total row without an amount
skip-text-without-amount = text without an amount
skip-summary-table-header = summary table header
skip-summary-or-note = summary or note line
skip-subscriber-details = subscriber details
skip-statement-label = statement label without an amount
skip-profile-skip-rows = skipped by the profile (skip_rows)
skip-sidebar = sidebar text (savings, data used)
skip-section-heading-subtotal = section heading with its subtotal (checked against its items)
skip-section-header = section header
skip-row-without-amount = row without an amount
skip-row-without-fee-category = row without a fee category
skip-report-heading-or-subscriber = report heading or subscriber details
skip-report-heading = report heading
skip-repeated-header = repeated header
skip-prior-activity = prior activity (previous balance, payments)
skip-per-line-summary = per-line summary row (checked against the stated totals)
skip-pending-entry = pending entry (not booked)
skip-not-read = not read
skip-no-direction = no direction given (收/支 empty)
skip-no-charges-in-row = no charges in this row
skip-no-amount-heading = no amount (section heading or empty item)
skip-neither-income-nor-expense = neither income nor expense (不计收支)
skip-invoice-without-charges = invoice record without current charges
skip-investment-transaction = investment transaction (securities trade, income or transfer; no bank payment)
skip-information-entry = information-only entry (not booked)
skip-included-in-plan = included in the plan (no charge)
skip-heading = heading
skip-fee-category = fee category (its items are the bill lines)
skip-call-not-answered = call not answered (BUSY, NOANSWER, …)
skip-billing-entity = billing entity record (BIL)
skip-amount-without-item = an amount without an item
skip-after-bill-total = after the bill total
skip-account-info = account information and notices
skip-text-outside-columns = a line of text outside the table's columns
skip-second-header-french = second header row (French)
skip-header = header
skip-preamble = preamble
skip-unknown-ofx-element = unknown OFX element <{$name}> in BANKTRANLIST
skip-entry-status = entry with status {$status} (not booked)
skip-refund-of-closed-payment = refund of a closed payment skipped above (no money moved in total)
skip-meituan-repayment = repayment of 美团月付 (the purchases are listed themselves)

## Import: rows that could not be read

expect-amount-point = an amount with a decimal point, as the file's other amounts are written (this one shows a decimal comma)
expect-amount-comma = an amount with a decimal comma, as the file's other amounts are written (this one shows a decimal point)
expect-amount-unambiguous = an unambiguous amount: in a value like 1,234 or 1.234 the separator may group thousands or mark the decimals, and no earlier amount of this file shows which
expect-date-unambiguous = an unambiguous date: in a value like 06/05/2025 either part may be the day, and no earlier row of this file shows which (a profile with date_format settles it)
expect-billing-period = a billing period like 2025-08 or 202508
expect-billing-period-missing = a billing period (none given in this row or above it)
expect-amount = an amount like 258.00
expect-item-name = the name of the charged item
expect-start-time = a start time like 2025-08-01 12:30:05
expect-service-type = a service type (通话 / 短信 / 上网 / 宽带 / voice / sms / data)
expect-fee = a fee like 0.10
expect-duration = a duration
expect-duration-like = a duration like 75, 1:02:03 or 12分5秒
expect-volume = a data volume
expect-volume-like = a data volume like 1024, 1.5MB or 300KB
expect-date = a date like 2025-08-01 or 2025/8/1
expect-amount-or-empty = an amount or an empty cell
expect-direction = a direction such as 支出/收入, 借/贷 or Debit/Credit
expect-description-sign = a description starting with 消费, 退货 or 还款 (it gives the sign)
expect-fee-or-empty = a fee like 0.50 or an empty cell
row-error-expected = column '{$column}': expected {$expected}, found "{$found}"
row-error-amount-too-large = the amount {$amount} is beyond any bill (at most {$max}); the row is not used
row-error-date-order-unknown = a date whose day/month order no row shows
verbatim = {$text}
file-said = {$file}: {$text}

## Command line: help (clap), looked up when the command is built

help-lang = Language of the output: {$languages} (default: from LC_ALL, LC_MESSAGES or LANG, else zh-CN)
help-as_of = The date deadlines and promises are measured against, as YYYY-MM-DD (default: today)
about-billaudit = Audit telecom bills against the services you ordered, your usage records and the money that left your accounts.
after-billaudit =
    Examples:
      billaudit audit fixtures/cases/idle-broadband
      billaudit audit CASE --format json > findings.json
      billaudit audit CASE --evidence evidence.md --lang en
      billaudit import bank.csv bills/
      billaudit rules
      billaudit explain unused-service
      billaudit init CASE_DIR
    
    Exit codes: 0 nothing flagged, 1 findings, 2 error.
about-audit = Audit a case folder: import every file in it, match bills with services, usage and payments, run the rules, and report
after-audit =
    Examples:
      billaudit audit fixtures/cases/idle-broadband
      billaudit audit CASE --format json > findings.json
      billaudit audit CASE --format csv -o findings.csv
      billaudit audit CASE --evidence evidence.md --lang en --reply-hours 48
      billaudit audit CASE --evidence pack.html --as-of 2025-10-20
help-audit-case_dir = The case folder (holds billaudit.toml)
help-audit-format = Output format on stdout (or in --output)
help-audit-output = Write the report to this file instead of stdout
help-audit-evidence = Write the evidence pack: .html (self-contained, printable to PDF) or .md
help-audit-force = Replace an existing --output or --evidence file (never an input of the case, its billaudit.toml or case log, a symlink or a device)
help-audit-reply_hours = Hours within which the call script asks for a reply
help-audit-password = The password of encrypted PDF statements (else `[import] password` in billaudit.toml). Never written anywhere
about-import = Show how each file is read: format, record kind, rows, records, and skipped rows with their reasons. Folders are searched recursively
after-import =
    Examples:
      billaudit import bank.csv
      billaudit import --profile profiles/mybank.toml mybank.csv
      billaudit import fixtures/cases/idle-broadband
      billaudit import --check statements/
      billaudit import --format json bills/*.xlsx
help-import-paths = Files or folders
help-import-check = Exit 0 only when every file was recognised, every row is a record or a reasoned skip (no unreadable rows), and every total a file states matches its records
help-import-profiles = A profile describing an export no built-in format knows (TOML; repeatable). Profiles in a folder's `profiles/` are used too
help-import-format = Output format
help-import-dump_text = Show the text extracted from each PDF (page:line, each cell at its position in points) instead of importing it: the anchors and columns to write a profile with
help-import-password = The password of encrypted PDF statements. Never written anywhere
about-rules = List the rules: the built-in ones and, with --case, the case's own rules/*.toml
after-rules =
    Examples:
      billaudit rules
      billaudit rules --case fixtures/cases/idle-broadband --lang en
help-rules-case = Include the rules of this case folder (CASE/rules/*.toml)
about-explain = Print what a rule does, why it matters and an example, with its rule file
after-explain =
    Examples:
      billaudit explain unused-service
      billaudit explain item-match
help-explain-rule = A rule id (see `billaudit rules`) or a check name
help-explain-case = Include the rules of this case folder
about-init = Write a starter billaudit.toml guessed from the statements in CASE: services from recurring bill items, payees from debits to carriers. Review it before auditing
after-init =
    Examples:
      billaudit init my-case
      billaudit init my-case --print
      billaudit init my-case --force   # replace an existing billaudit.toml
help-init-case = The case folder holding the exported statements
help-init-force = Replace an existing billaudit.toml
help-init-print = Print the file instead of writing it
about-case = Keep a log of calls and promises, check them against later statements, and write the appeal to the regulator
after-case =
    Examples:
      billaudit case log CASE --call --ticket 2025100512345 --agent 'Wang 8812' --promised 'refund 1032 by 2025-10-12'
      billaudit case status CASE --as-of 2025-10-20
      billaudit case appeal CASE --contact 13800138000 -o appeal.txt
about-case-log = Append an entry to CASE/case-log.jsonl (one JSON object per line; edit it by hand if you like, the tool only ever appends)
help-case-log-case_dir = The case folder: the entry is appended to its case-log.jsonl
help-case-log-call = A call with the carrier (a complaint; starts the 15-day clock)
help-case-log-letter = A written complaint to the carrier
help-case-log-appeal = An appeal filed with the regulator
help-case-log-ticket = A ticket number (工单号)
help-case-log-agent = The agent's name or ID
help-case-log-promised = What was promised, e.g. "refund 1032 by 2025-10-12"
help-case-log-note = A free note
help-case-log-refused = The carrier refused or answered unsatisfactorily (in China the appeal opens at once; in the UK this is the deadlock letter)
help-case-log-at = When it happened: "2025-10-05 14:30" (default: now)
about-case-status = What was promised, which deadlines passed, and the next step
help-case-status-case_dir = The case folder (holds billaudit.toml and case-log.jsonl)
about-case-appeal = Write the appeal with every field the regulator's form asks for
help-case-appeal-case_dir = The case folder (holds billaudit.toml and case-log.jsonl)
help-case-appeal-contact = Your phone number or e-mail for the appeal (left blank to fill in by hand)
help-case-appeal-address = Your postal address (left blank to fill in by hand)
help-case-appeal-postcode = Your postcode (邮政编码; left blank to fill in by hand)
help-case-appeal-contact_person = For a company: the contact person handling the case
help-case-appeal-output = Write to this file instead of stdout
help-case-appeal-force = Replace an existing --output file (never a file of the case, a symlink or a device)
about-gen = Generate a synthetic case folder for tests and benchmarks
after-gen =
    Examples:
      billaudit gen /tmp/big --rows 1000000 --numbers 50 --encoding gbk --seed 7
      billaudit gen /tmp/case --scenario --seed 12   # a small case planting payment situations
help-gen-case_dir = The case folder to write (created if needed)
help-gen-rows = Usage rows in total
help-gen-numbers = Phone numbers (one subscribed service each)
help-gen-months = Billing months, from 2025-01
help-gen-encoding = Encoding of the CSV files: utf-8 or gbk
help-gen-seed = Seed of the generator (same seed, same bytes)
help-gen-single_usage_file = Write all usage rows to one file instead of one file per month
help-gen-scenario = Write a small case that plants payment and claim situations (seeded), with the disputes the audit must list in expected-disputes.json

## Command line: long help

long-about-audit =
    Audit a case folder: import every file in it, match bills with services, usage and payments, run the rules, and report.
    
    A case folder holds billaudit.toml and any number of exported files (bills, usage records, bank and payment statements) in any sub-folders; files are recognised by their content. Exit code 0 when nothing is flagged, 1 when something is, 2 on error.

## billaudit gen (test data)

gen-planted = planted {$planted} and {$count} expected disputes in {$dir}
gen-wrote = wrote {$rows} usage rows in {$files} files and {$count} expected findings to {$dir}
cli-no-free-name = no free temporary name

## Reports: terminal summary lines

report-audit-head = Audit of {$case}
report-audit-head-holder = Audit of {$case} ({$holder}, {$carrier})
report-disputed-line = Disputed total: {$total}  ({$disputes} disputed items, {$findings} findings)

## Command line: help layout and argument errors

help-usage-heading = Usage:{" "}
help-arguments-heading = Arguments:
help-options-heading = Options:
help-commands-heading = Commands:
help-help = Print help
help-version = Print version
clap-invalid-value-why = invalid value '{$value}' for '{$arg}': {$why}
clap-invalid-value = invalid value '{$value}' for '{$arg}' (possible values: {$valid})
clap-unknown-argument = unexpected argument '{$arg}'
clap-unknown-command = unrecognized subcommand '{$command}'
clap-missing-argument = the following required arguments were not provided: {$arg}
clap-conflict = the argument '{$arg}' cannot be used with '{$other}'
clap-more-information = For more information, try '--help'.

## Command line: the help command

help-help-command = Print this message or the help of the given subcommand(s)

## Rules: notes on the evidence

ev-note-cancelled = service {$service} cancelled on {$date}
ev-note-suspended = service {$service} suspended {$ranges}
ev-note-monthly-fee = service {$service} monthly_fee {$fee}
ev-note-term = service {$service} term {$from} to {$to}
ev-coverage-declared = declared range
ev-coverage-observed = records span the whole period
ev-coverage-configured = [usage] covers
ev-note-usage = {$period}: {$records} records, {$seconds} s, {$bytes} bytes ({$coverage})
ev-note-usage-fees = {$period}: {$records} records, fees {$fees}
ev-note-bill-total = {$period} total {$amount}

## Case status: lines

status-heading = {$text}:
status-head = Case {$case} (as of {$date})
status-disputed-line = Disputed total: {$total}, {$findings} findings
status-log-count = Log ({$count})
status-entry-when = {$at} {$kind}
status-entry-ticket = ticket {$ticket}
status-entry-agent = agent {$agent}
status-promise-line = [{$state}] {$at} "{$promised}" (due {$due}; found {$found})
status-evidence-line = evidence: {$refs}
status-dated = {$date}: {$text}

## Reports: evidence lines

evidence-place = {$place} ({$kind})
evidence-kind-bill-line = bill-line
evidence-kind-bill-total = bill-total
evidence-kind-transaction = transaction
evidence-kind-usage = usage
evidence-kind-usage-file = usage-file
evidence-kind-config = config
severity-high = high
severity-medium = medium
severity-low = low
severity-info = info
report-rule-severity = {$rule} ({$severity})

## billaudit rules: the table

rules-col-id = id
rules-col-title = title
rules-col-check = check
rules-col-severity = severity
rules-col-enabled = enabled
rules-col-origin = origin
rules-enabled-yes = yes
rules-enabled-no = no

## Case log errors

case-log-not-an-entry = {$file}:{$line}: not a log entry ({$why})
case-log-line-too-long = longer than {$kib} KiB
case-log-year-out-of-range = the date {$date} is not between the years 1 and 9999
case-field-too-long = the {$field} is longer than {$kib} KiB; keep long texts in a file of the case folder and note its name

## Configuration errors (billaudit.toml, rules, profiles)

cfg-regex = invalid regular expression: {$detail}
cfg-value = expected {$expected}, found {$found}
cfg-duplicate = duplicate id "{$id}"
cfg-expect-billing = "postpaid" or "prepaid"
cfg-expect-day-of-month = a day of the month (1 to 31)
cfg-window-too-long = {$days} days is more than a payment window can be (at most {$max})
cfg-fee-beyond-any-bill = a monthly fee of {$fee} is beyond any bill (at most {$max})
cfg-no-such-service = no [[service]] has the id "{$id}"
cfg-expect-currency = a 3-letter currency code like CNY
cfg-expect-country = a two-letter ISO country code like CN, US or GB
cfg-expect-holder-type = "consumer" or "business"
cfg-expect-service-id = a service id of letters, digits, '-' or '_'
cfg-expect-amount = an amount like "258.00"
cfg-expect-date = a date like "2025-09-10"
cfg-two-dates = expected two dates ["FIRST", "LAST"], found {$count} values
cfg-order-days = the first day ({$first}) is after the last ({$last})
cfg-two-periods = expected two periods ["FIRST", "LAST"], found {$count} values
cfg-expect-period = a period like "2025-01"
cfg-order-periods = the first period ({$first}) is after the last ({$last})

## Profile errors

profile-bad-id = expected an id of letters, digits, '-' and '_', like "mybank-debit"
profile-builtin-id = "{$id}" is the id of a built-in format: choose another
profile-no-matches = expected the header cells that identify the export, like ["交易日期", "金额"]
profile-unknown-encoding = unknown encoding "{$encoding}": expected utf-8, gbk, gb18030, utf-16le, big5, …
profile-bad-date-format = "{$format}" is not a chrono date format like "%d/%m/%Y"
profile-bad-decimal = expected "." or "," as the decimal mark, found "{$found}"
profile-bad-regex = not a regular expression: {$detail}
profile-bad-column = expected a header name or a column number from 1
profile-needs-date = [columns] needs `date`
profile-needs-amount = [columns] needs `amount`, or both `income` and `expense`
profile-bill-needs = a bill profile's [columns] needs `period`, `item` and `amount`
profile-usage-needs = a usage profile's [columns] needs `start`
profile-column-not-allowed = column {$column} does not belong in a profile of this kind

## Rule file errors

rule-error-bad-id = expected a rule id of lower-case letters, digits and '-', found "{$found}"
rule-error-unknown-check = unknown check "{$check}"; the checks are: {$checks}
rule-error-amount = expected an amount like "0.01", found "{$found}"
rule-error-params = invalid [params] for check {$check}: {$detail}
rule-error-needs-text = a rule needs a [{$kind}] with at least one of {$languages}
rule-error-unknown-language = [{$kind}] names the language "{$language}", which has no catalogue; the languages are: {$languages}
rule-error-needs-item = check {$check} needs [filter] item = "REGEX"

## Import: the example format (src/import/formats/example.rs)

example-row-error = expected item=amount, found "{$found}"
## Amounts in another currency than the case's

apart-summary = {$count} amounts in another currency than the case's {$case} were kept apart: they are not summed, matched or disputed.
apart-record = {$at}: {$amount} {$currency} ({$what}) kept apart, not counted as {$case}.
apart-more = … and {$count} more amounts in another currency: see each file's import summary (billaudit import).
report-kept-apart = kept apart (another currency): {$at}  {$amount} {$currency}  {$what}
report-currencies = currencies stated: {$list}

## Usage rows that could not be read

expect-currency = a currency such as CNY, USD or 人民币
profile-bad-currency = expected an ISO 4217 currency code like "USD", found "{$found}"
chart-unreadable-records = unreadable records
statement-error-currency = {$field}: expected an ISO 4217 currency code like EUR, found "{$found}"
skip-foreign-currency = amount in another currency than the case's (kept apart: not summed, matched or disputed)
skip-total-unchecked-foreign = stated bill total not checked: some lines of that bill are in another currency
list-join = {$first}{ list-sep }{$rest}
unread-usage-dated = {$file}: {$rows} usage rows of {$months} could not be read, and no readable record shows {$service} in use then; those months are not taken as evidence that {$service} was unused.
unread-usage-undated = {$file}: {$rows} usage rows could not be read and their dates are unknown; no readable record shows {$service} in use in {$months}, but those months are not taken as evidence that {$service} was unused.

## Damaged or hostile files (the import guards): why a file was refused

guard-zip-no-end = a ZIP archive without an end-of-central-directory record (truncated or damaged)
guard-zip-end-damaged = damaged ZIP end record
guard-zip64 = a ZIP64 archive; spreadsheets this large are not read
guard-zip-too-many-entries = the ZIP declares {$entries} entries (at most {$max} are read)
guard-zip-directory-damaged-at = damaged ZIP central directory at entry {$entry}
guard-zip-directory-damaged = damaged ZIP central directory
guard-zip64-entry = ZIP64 entry {$name}; spreadsheets this large are not read
guard-zip-bomb-entry = ZIP entry {$name} declares {$size} bytes from {$compressed} compressed (a ZIP bomb?)
guard-zip-too-large = the ZIP entries declare more than {$mib} MiB uncompressed (a ZIP bomb?)
guard-workbook-not-xlsx = not an XLSX workbook ({$error}); ODS and XLSB are not read
guard-reader-panicked = the spreadsheet reader failed on a damaged record ({$detail})
guard-panic-no-message = no message
guard-xlsx-damaged = damaged XLSX package: {$error}
guard-xlsx-part-too-large = the part {$name} inflates to {$mib} MiB (at most {$max} MiB are read)
guard-xlsx-workbook-span = the sheets together span {$cells} cells (at most {$max} are read)
guard-xlsx-reference = a cell reference {$reference} beyond Excel's limits (row {$max_row}, column XFD)
guard-xlsx-sheet-cells = a sheet holds more than {$max} cells (at most that many are read)
guard-xlsx-sheet-span = a sheet's cells span {$rows} rows × {$cols} columns (cell {$cell}); at most {$max} cells are read
guard-xlsx-damaged-xml = the part {$name} is damaged XML at byte {$byte}: {$error}
guard-xlsx-shared-strings = the shared-string table {$name} declares {$count} strings (at most {$max} are read)
guard-xls-stream-directory = directory
guard-xls-stream-mini = mini stream
guard-xls-stream-mini-fat = mini FAT
guard-xls-stream-workbook = Workbook stream
guard-xls-sector-past-end = sector {$id} lies past the end of the file
guard-xls-in-stream = {$stream}: {$error}
guard-xls-chain-loops = {$stream}: the sector chain loops back to sector {$id}
guard-xls-no-fat-entry = {$stream}: sector {$id} has no FAT entry
guard-xls-container = damaged XLS container ({$what})
guard-xls-short-header = short header
guard-xls-sector-size = sector size
guard-xls-difat-loops = the DIFAT chain loops
guard-xls-fat-twice = FAT sector {$id} is listed twice
guard-xls-no-root = no root directory
guard-xls-empty-root = empty root directory
guard-xls-no-workbook-stream = an OLE file without a Workbook stream (not an Excel workbook)
guard-xls-record-cut = a record cut short
guard-xls-record-past-end = record {$record} runs past the end of the stream
guard-xls-continue-past-end = a CONTINUE record runs past the end of the stream
guard-xls-in-sheet = sheet {$sheet}: {$error}
guard-xls-dimensions = sheet {$sheet} declares {$cells} cells (DIMENSIONS record; at most {$max} are read)
guard-xls-sheet-span = sheet {$sheet} spans {$cells} cells (its cells reach far apart; at most {$max} are read)
guard-xls-workbook = damaged XLS workbook: {$error}
guard-xls-sheet-past-end = sheet {$sheet} starts past the end of the stream
guard-xls-workbook-span = the sheets together span more than {$max} cells (at most that many are read)
guard-pdf-inflate = its compressed streams inflate to more than {$mib} MiB (the most read)
pdf-thread-not-started = could not start the extraction thread: {$error}
pdf-thread-no-result = the extraction thread ended without a result
pdf-too-many-pages = {$pages} pages (at most {$max} are read)
pdf-too-much-text = more than {$max} characters of text
pdf-page-error = page {$page}: {$error}
csv-line-too-long = line {$line} is longer than {$kib} KiB (not a table export)
csv-row-too-long = the row starting at line {$line} (a quote left open?) is longer than {$kib} KiB (not a table export)
tx-reversal = reversal: {$description}
