import type { PatternTable } from './pattern-table';

const r = String.raw;

// English, including Chinglish and the shorthand buyers type on WhatsApp ("pls", "u", "ur", "qty").
export const en: PatternTable = {
  greeting: r`
    ^\s*(hi+|hello+|helo+|hallo|hellow|hey+|hiya|heya|yo|howdy|greetings|gm|morning|evening)\b
    \b(hi+|hello+|hey+) (there|sir|madam|mam|dear|friend|my friend|team|all|guys|bro|sis)\b
    \bgood (morning|afternoon|evening|day)\b
    \bdear (sir|sirs|madam|mr|ms|mrs|friend|all|team|supplier|seller|manager|[a-z]+,)
    ^\s*dear\b
    \bhow (are|r) (you|u)\b
    \bhope (you|u) (are|r) (well|doing well|fine|good)\b
    \bnice to (meet|e-?meet|hear from|talk to) (you|u)\b
    # (holiday wishes, "happy new year", are no greeting: our labels read them as other)
  `,
  thanks: r`
    \b(thanks?|thanx|thx|tks|thnx|thank ?(you|u)|ty|many thanks|much appreciated|appreciate it|cheers)\b
  `,
  price_inquiry: r`
    \bhow much\b(?! (is |for |does |will )?(the )?(shipping|freight|delivery|postage|courier|express|sea|air|sample|samples|deposit)\b)
    \bhow mu?ch\b(?! (is |for )?(the )?(shipping|freight|sample))
    \bhow (much|many) (is|for|does|are|do) (it|one|this|that|they|them|each|per)\b
    \b(what|wat|whats|what's) (is |are )?(the |your |ur )?(best |unit |latest |current |fob |cif |exw )?(price|prices|cost|rate)\b
    \b(pls|plz|please|kindly|can you|could you|pl) (send |give |share |offer |provide )?(me |us )?(a |the |your |ur )?(best )?(price|prices|quote|quotation|qoute|offer|pricing)\b(?! ?list)
    \b(pls|plz|please|kindly) quote\b
    \bquote (me|us)\b
    \b(send|give|share|need|want|provide|request|requesting|get|have) (me |us )?(a |the |your |ur |some |best )?(price|prices|quote|quotation|quotations|qoute|quatation|quotaion|pricing|offer|cost)\b(?! ?list)
    (?<!\b(last|final|bottom|lowest|better|lower|cheaper|special|discount|discounted|target|shipping|freight|sample|delivery|this|that|their|his|beat|match) )\b(price|prices|pricing|cost|quote|quotation|rate|rates)\s*(\?|for|of|per|pls|please|plz)(?! ?list)
    \bbest price\b
    \bunit price\b
    \bprice\s*(is )?(how much|how)\b
    \b(rfq|request for quot\w*)\b
    ~\bpric(e|es|ing)\b
    ~\b(prise|pirce|prcie|prise|prize)\b
    ~\b(quot(e|es|ation|ations)|qoute|quatation|quotaion|quotion)\b
    ~\bcosts?\b
    ~\bhow much\b(?! time)
    \b(qoutation|quatation|qutation|quotaton|quation)\b
    \bhow mu?tch\b
    \bhw much\b
    \b(what'?s|what is|whats) (the |your |ur )?(precio|preco|prix|prezzo|preis|prijs|harga|fiyat|cena|gia)\b
  `,
  quote_revision: r`
    \b(revise|revised|revision|update|updated|change|changed|modify|modified|amend|amended|correct|corrected|adjust|adjusted|redo|re-?send|re-?issue|reissue|new|another) (the |your |ur |my |a |this |that )?(quote|quotation|pi|p\.i\.?|proforma|proforma invoice|offer|invoice|contract)\b
    \b(quote|quotation|pi|proforma|invoice|offer|contract) (again|once more)\b
    \b(quote|quotation|pi|proforma|invoice) (needs? to be |must be |should be )?(revised|updated|changed|corrected|modified|amended)\b
    \b(quote|quotation|pi|proforma|invoice)\b.{0,30}\b(wrong|mistake|error|incorrect)\b
    \bre-?quote\b
    \b(change|update|revise|adjust|correct) (the )?(qty|quantity|price|amount|model|address|consignee|total|unit price|payment terms?)\b.{0,20}\b(pi|invoice|quote|quotation|proforma|contract)\b
    \b(change|update|revise|adjust|correct) (the )?(qty|quantity|amount) (to|into)\b
    \b(pi|invoice|quotation|quote) (with|for) (the )?(new|updated|revised|changed)\b
    # a line taken out of the quote, a credit for bad goods off the next proforma (off the next invoice: a discount asked)
    \b(remove|delete|drop|take|strike|cross)\b.{0,40}\b(off|from|out of) (the |your |our |this )?(quote|quotation|pi|proforma)\b
    \b(deduct|credit|offset)\w*\b.{0,40}\b(on|from|off|against|in) (the |our |your )?next (pi|p\.i\.?|proforma)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("cancel PI #2291 and reissue"); not "don't forget the quote"
    (?<!\b(don'?t|do not|never) )\b(cancel|scrap|forget|discard|ignore|void) (the |that |this |our |your |previous |last |old |earlier )*(pi|p\.i\.?|proforma|quote|quotation)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bstill (too )?(much|high|expensive|pricey|costly)\b
    \b(discount|discounts|dicount|discout|disc|discnt|rebate)\b
    \b(better|lower|lowest|cheaper|cheapest|special|last|final|bottom|good|nice|reduced|competitive) (price|prices|offer|rate|deal|quote)\b
    \b(too|very|so|bit|little|quite|really|much) (expensive|high|pricey|costly)\b
    \bexpensive\b
    \bprice\b.{0,15}\b(is |are |still |a bit |too |very |so |little )*(high|higher|expensive)\b
    \b(reduce|lower|cut|drop|decrease|come down|bring down|go down)\b.{0,15}\b(price|prices|cost|rate)\b
    \b(price|prices)\b.{0,15}\b(down|lower|reduce|reduced|cheaper|come down|go down)\b
    \bcan (you|u) (do|make|accept) (it )?(for |at )?(usd|us)?\s*\$?\s*\d+(\.\d+)?(?!\s*%|\s*days?)
    \b(any|some) (room|flexibility|space)\b
    \bnegotiat\w*
    \b(my|our)? ?target (price|is)\b
    ~\bcheaper\b
    \bbest (you can do|you can offer)\b
    # the price already quoted asked whether it is the last word (this-price-final.ts blanks it for the price ask)
    \b(is|was) (this|that|it) (really )?(your|the) (very )?(best|lowest|bottom|rock bottom|top) (price|offer|rate)\b
    \b(this|that) is (really )?(your|the) (best|lowest) (price|offer)\b(?= ?\?)
    \b(out of|over|above) (my|our|the) budget\b
    \bsweeten\b
    \bprice (can|could) (be )?(less|lower|down)\b
    \b(beat|match) (this|that|the|their|his|our) (price|offer|quote)\b
    \b(beat|match) (this|that|it)\s*(\?|price|offer)
    # met on the price ("can you meet me halfway on the price?", "work with us on the price")
    \bmeet (me|us) (halfway |in the middle )?on (the |your )?price\b|\b(do|work) (something|with (me|us)) on (the |your )?price\b
  `,
  competitor_mention: r`
    \b(other|another|different|chinese|indian|vietnamese|turkish|local|current|previous|old|existing|second) (supplier|suppliers|factory|factories|vendor|vendors|seller|sellers|company|companies|manufacturer|manufacturers|source|sources)\b
    \b(competitor|competitors|competition)\b
    \b(they|others|someone|somebody|another one|other guys) (offer|offered|offers|quote|quoted|quotes|give|gave|gives|sell|selling|charge|charged)\b
    \b(got|get|have|had|received|found|see|saw)\b.{0,25}\b(cheaper|lower|better) (price|prices|offer|offers|quote|quotes|one)\b
    \b(found|find|got|get) (it |them |this )?cheaper\b
    \bcheaper (elsewhere|somewhere|on alibaba|on 1688|from|at|in)\b
    \b(other|another|better) (offer|offers|quote|quotes|quotation|quotations)\b
    \b(alibaba|1688|made-in-china|amazon) (seller|sellers|supplier|suppliers|price|is cheaper|has)\b
  `,
  moq: r`
    \bmin(imum|imal|\.)? ?(order|ordr|qty|quantity|quantities|purchase|pcs|amount|requirement)\b
    \bminimum\b
    \bmin qty\b
    \b(small|trial|test|smaller|first) (order|qty|quantity|quantities|batch|lot)\b
    \bat least how many\b
    \bhow many (pcs |pieces |units |cartons |sets )?(minimum|at least|min)\b
    \b(can|could) (i|we) (order|buy|start with) (only |just )?\d+\b
    \b(less|fewer) than (your )?(moq|minimum)\b
  `,
  sample_request: r`
    \b(send|get|need|want|request|order|have|buy|provide|offer|make|take|give|arrange|receive|see|check) (me |us |a |the |some |few |your |ur |one |free )*(sample|samples|smaple|sampel|samle|swatch|swatches|prototype)\b
    \b(sample|samples|smaple|sampel|samle)\b\s*(\?|available|order|request|policy|lead time|time|free|pls|please|first)
    \bfree (sample|samples)\b
    \b(sample|samples) (of|for)\b
    \b(prototype|pre-?production sample|pps|golden sample|swatch|swatches)\b
    \bsample (order|request)\b
    ~\b(sample|samples|smaple|sampel)\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(by|before|until|no later than) (the )?\d{1,2}(st|nd|rd|th)\b|\b(by|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of (the )?(month|week))\b
    \blead ?time\b
    \b(delivery|production|manufacturing|shipping|shipment|dispatch) (time|date|schedule|period|timeline|lead time)\b
    \bhow (long|soon|many days|many weeks|fast|quick)\b
    \bwhen\b.{0,30}\b(ready|ship|shipped|deliver|delivered|dispatch|dispatched|finish|finished|arrive|done|complete|completed|send|sent|produce|produced|load|loading|leave)\b
    \b(ready|finished|delivered|shipped) (by|before|within)\b
    # in stock: weak ("other sizes in stock?" asks for the range)
    ~\b(in|from|have|has|got) stock\b
    ~\bstock\s*\?
    \bavailable (now|immediately)\b
    \b(etd|eta)\b
    \b(deadline|turnaround|production schedule)\b
    \b(days|weeks) to (produce|make|ship|finish|deliver)\b
    \b(need|want|must have) (it|them|the goods|goods|the order) (by|before|in|within)\b
    \bwhen\b.{0,30}\b(production|stop|start|close|closed|holiday)\b
    # the goods leaving the factory: \"when does my order leave the factory\"
    \bwhen\b.{0,40}\b(leaves|leaving|goes out|go out|comes out|out of the factory|ex-?factory)\b
  `,
  shipping_cost: r`
    \b(shipping|shippment|shiping|shipment|freight|delivery|postage|courier|express|transport|logistics?) (cost|costs|fee|fees|charge|charges|price|rate|rates|quote)\b
    \b(cost|price|rate|fee|charge)s? (of|for) (the )?(shipping|freight|delivery|postage|courier)\b
    \bhow much\b.{0,20}\b(shipping|freight|delivery|postage|courier)\b
  `,
  sample_cost: r`
    \b(sample|samples) (cost|fee|charge|charges|price)\b|\b(cost|price|fee|charge)s? (of|for) (the )?(sample|samples)\b|\bhow much\b.{0,20}\bsamples?\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(sea|ocean|air|express|courier|rail|train)( freight)? or (by )?(sea|ocean|air|express|courier|rail|train)\b
    \b(shipping|shippment|shiping|shipment|freight|delivery|postage|courier|express|transport|logistics?) (term|terms|method|way|included|options?)\b
    \bfreight\b
    \b(by|via|thru|through) (sea|air|ship|boat|vessel|train|rail|railway|express|courier|dhl|fedex|ups|tnt|truck|road|ocean)\b
    \b(sea|air|ocean|rail|express|road|land) (freight|shipping|shipment|transport|cargo|way)\b
    \b(ship|send|deliver|delivery|shipping|transport) (it |them |the goods |goods |this |that |order )?to\b
    \b(port|destination|pol|pod|port of loading|port of discharge|loading port)\b
    \b(forwarder|forwarding|shipping agent|consolidat\w*)\b
    ~\bcontainers?\b
    \b(door to door|d2d)\b
    # customs named as a reason (a document for them, cash they hold) is no shipping question: weak
    ~\b(customs|clearance|duty|duties)\b
    \b(tracking|track(ing)? (no|number|num|code))\b
    ~\b(dhl|fedex|ups|tnt|ems|aramex)\b
    ~\bship(ping|ment|ped)?\b
    ~\bdelivery\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(hold|stop|pause|postpone|push back) (the |our |this |that )?(\w+ )?(shipment|shipping|loading|dispatch|container booking)\b
    \b(don'?t|do not) (ship|load|dispatch)( it| them| the goods| the order| anything)? (yet|until|before|via|through|this month|to [a-z]+ but)\b
  `,
  payment_terms: r`
    \bpayment (term|terms|method|methods|way|ways|option|options|condition|conditions|mode|type)\b
    \b(how|where) (can|do|to|should|shall) (i|we) (pay|make (the )?payment|send (the )?(payment|money))\b
    \b(accept|take|support)\b.{0,15}\b(paypal|lc|l\/c|card|credit card|cards|alipay|wechat pay|escrow|trade assurance|western union|usdt|crypto)\b
    \b(pay|payment) (by|via|through|with|in) \b
    \b(advance payment|prepayment|pre-payment|balance before)\b
    ~\b(deposit|balance)\b
    \b(bank (details|info|information|account|acc)|swift|iban|wire transfer|bank transfer|letter of credit|trade assurance)\b
    \b\d{1,3}\s*%\s*(deposit|advance|before|in advance|down|upfront|t\/t|tt|balance)\b
    \b(payment|pay)\s*\?
    ~\b(payment|pay|paying|paid)\b(?! (for )?(the |your )?(freight|shipping|courier|sample))
  `,
  payment_extension: r`
    \b(pay|payment|paying|balance)\b.{0,30}\b(later|after (arrival|receiving|delivery|we receive|we get|we sell|sold|customs|the goods arrive)|next (month|week)|end of (the )?month|in installments?|installments?|in instalments?)\b
    \b(more|extra|longer|additional|some) (time|days|weeks) (to|for) (pay|payment|settle)\b
    \bextend\w*\b.{0,20}\b(payment|credit|terms|due date|deadline|pay)\b
    \b(net|oa|o\/a)\s*(30|45|60|90|120)\b
    \b(30|45|60|90|120)\s*days?\s*(credit|payment|terms|after|net|oa|o\/a|to pay)\b
    \bcredit (terms?|line|period|facility|limit)\b
    \b(delay|postpone|defer|hold)\w* (the )?(payment|pay|balance)\b
    \bpay (the )?(balance|rest|remaining) (after|later|when|next)\b
    \b(can'?t|cannot|can not|unable to) pay (now|yet|this (week|month)|on time|the balance)\b
    \b(cash flow|grace period|deferred payment|open account|pay on delivery|cash on delivery|cod)\b
    \b(our|my|the) (payment|transfer|balance|remittance)( will| would|'ll) be (\w+ )?(\w+ )?late\b
  `,
  order_confirmation: r`
    \b(confirm|confirmed|confirming|confirms)\b.{0,20}\b(the |our |my |this )?(order|po|pi|purchase|deal|contract)\b
    \b(purchase order|p\.o\.)\b
    \bplace (an |the |my |our |a |this )?(order|po)\b
    \b(placing|placed) (an |the |our |my )?(order|po)\b
    \b(go ahead|proceed|let'?s go|lets do it|let'?s do it|let'?s proceed)\b
    ^\s*deal\b
    \b(it'?s a deal|deal done|deal confirmed)\b
    \bwe (will |'ll |would like to |want to )?(take|order|buy) (it|them|this|these|\d)
    \b(i|we)('ll| will) take\b
    \border (is )?(confirmed|placed|approved)\b
    \bsigned (the )?(pi|contract|proforma)\b
    \b(start|begin|arrange) (the |mass )?production\b
    # ("way off from the approved sample" measures the goods against it: a complaint, no approval given)
    (?<!\b(from|than|to|with|like|match|matches|vs|versus) (the |our |your )?)\bapproved?\b.{0,15}\b(pi|proforma|order|sample)\b
    @!\bPO\b
    \b(accept|accepted|we accept) (this|the|your|ur) (offer|quote|quotation|price|pi|proposal)\b
    # the proforma asked for: the deal is on ("send me the PI"); a new or corrected one is a quote revision
    ~(?<!(don'?t|do not|not|no need to|never) )\b(send|share|issue|make|prepare) (me |us )?(the |a |your )?(pi|proforma|pro forma)( invoice)?\b(?! (again|once more|yet|updated|revised|corrected|amended))
    \b(the )?rest (is |are )?(confirmed|ok|approved|as agreed)\b
    (?<!\b(can|could|may|shall|should|do|if|when|would) )\b(we|i)('ll| will)? (reorder|re-order)\b
  `,
  order_split: r`
    # a split of the goods, the order, the shipment ("split leather", a carton split open, a budget split between two
    # lines split nothing of an order; a split air conditioner is a product)
    \bsplit(s|ting)?( up| out)? (it|them|this|that|these|those|\d[\d,.]*|(the|our|my|this|that|your|these|those|both|all|\d+) ((\w+|\d+x\d+\w*) )?(order|orders|shipment|shipments|container|containers|cont|conts|po|pos|goods|quantity|qty|delivery|deliveries|lot|lots|consignment|cargo|load|loading|production|items|pcs|pieces|units|sets|pallets|ctns|cartons|40hq|40ft|20ft|40'|20'))\b
    \bsplit(s|ting|ted)?( up)? (in|into) (\w+ )?(shipments|containers|deliveries|lots|batches|parts|loads|consignments|halves|two|2|three|3|several)\b
    \bsplit(ting)? (shipment|shipments|delivery|deliveries|order|orders|container|loading|consignment|lots?|po)\b
    \b(order|orders|shipment|shipments|containers?|po|goods|delivery|qty|quantity|cargo|consignment)( (be|is|was|are|to be|can be|could be|being))? split\b
    \b(can|could|pls|please|plz|need to|want to|like to|have to|must|let'?s|kindly|and|or|then) (we |you |i )?split\b(?! (ac|a/c|air ?con\w*|unit|units|type|system)\b)|^\s*split\b(?! (ac|a/c|air ?con\w*|unit|units|type|system)\b)
    \bseparate (shipments?|invoices?|orders?|containers?|pis?|bills?|deliveries|pi|b\/?ls?)\b
    # a part now and the rest after, asked: "we'd like the first 1,000 pcs airfreighted and the remaining 4,000 by sea"
    \b(want|like|need|please|pls|can you|could you|let'?s|make|send|ship)\b[^.?!]{0,20}\bthe first (\d[\d,.]*k?( ?pcs| units| sets| ctns)?|lot|batch|part|container|20 ?ft|40 ?ft|40hq)\b[^.?!]{0,80}\b(the )?(rest|remaining|remainder|other \d[\d,.]*)\b
    # "… 200 units by air for the show, the other 1800 can follow by ocean later"
    \b(the )?(other|remaining|rest of the) \d[\d,.]*k?( \w+)? (can|could|will|may|should) (follow|come later|go later|ship later|be shipped later)\b
    # so many to one place, the rest to another: "put 1200 to our NJ 3PL and the rest to Reno"
    \b\d[\d,.]*k?( ?pcs| units| sets| ctns| cartons)? to (our |the |my )?\w+[^.?!]{0,40}\b(the )?(rest|other \d[\d,.]*|remaining( \d[\d,.]*)?|remainder) (to|for|goes to)\b
    # one order to several places: "can you deliver to two addresses? 300 to Lagos, 200 to Abuja"
    \b(deliver|ship|send|dispatch)\w*( it| them| the (order|goods))? to (two|2|three|3|several|different|separate) (addresses|destinations|warehouses|ports|stores|locations|cities|consignees)\b
    \b(two|2|three|3|four|4|several|multiple) (separate )?(shipments|invoices|pis|batches|lots|deliveries|consignees|b\/?ls)\b
    \bpartial (shipment|shipments|delivery|deliveries)\b
    \b(ship|send|deliver)\w* (it |them )?(in|by) (parts|batches|stages|lots|two|2|three|3)\b
    \bdivid\w*\b.{0,20}\b(order|shipment|invoice|goods|container)\b
    \bin (two|2|three|3) (parts|batches|lots|shipments)\b
    \bfirst (batch|shipment|part|half)\b.{0,40}\b(then|rest|second|remaining|later)\b
    \bhalf now\b
    # "ship 1000 pcs now and the rest next month": a send now, the rest later
    \b(ship|send|deliver|dispatch|load)\w*\b[^.?!]{0,25}(\d|\b(half|part|some|what|whatever)\b)[^.?!]{0,25}\bnow\b[^.?!]{0,10}\b(the )?(rest|remainder|remaining)\b
    # "500 now and 500 next month", "the first 200 sets on the next vessel and the rest later", "ship whatever is
    # ready and the remaining quantity when production finishes"
    \b\d[\d,.]*( \w+)? now\b,? (and |then |\+ )?\d[\d,.]*( \w+)? (next|later|in|after|on|when|by|the following)\b
    \bfirst \d[\d,.]* ?\w*\b[^.?!]{0,40}\b(the )?(rest|remainder|remaining|balance|others?)\b[^.?!]{0,20}\b(later|follow\w*|next|after|when)\b
    \b(ship|send|deliver|dispatch|load)\w* (out )?(what(ever)?|all|everything|the (pcs|pieces|units|goods|part|ones))( that)?( is|'s| are)? (ready|finished|done|completed|produced|available)\b[^.?!]{0,60}\b(rest|remainder|remaining|balance|others)\b
    \b(ship|send|deliver|dispatch|load)\w* half (of (it|them|the order|the goods) )?first\b
  `,
  complaint: r`
    \b(damag\w*|broken|broke|defect\w*|faulty|cracked|cracks?|chipped|scratch\w*|leak\w*|rusty|rusted|dented|torn|stained|moldy|mouldy)\b
    \b(missing|shortage|short shipped|short delivery)\b
    \b\d+\s*(pcs|pieces|cartons|ctns|units|boxes|sets)\s*(short|missing|less)\b
    \b(poor|bad|low|terrible|worse) quality\b
    \bquality (problem|problems|issue|issues|is bad|is poor|not good)\b
    \b(not|doesn'?t|don'?t|didn'?t|isn'?t) (working|work|match|matching|same as)\b
    \b(complain|complaint|complaints|claim|refund|compensat\w*|reimburs\w*)\b
    \breturn (the |all )?(goods|items|products|order)\b
    \b(disappointed|unacceptable|terrible|not happy|unhappy|angry|not (satisfied|pleased)|dissatisfied)\b
    # time gone and nothing come: "seriously, 2 months and no goods???", "3 weeks and still nothing"
    \b(\d+|two|three|four|five|six|several) (days|weeks|months)( now)? and (still )?(no|nothing|not a single|zero)\b
    \b(still|yet) (not|hasn'?t|haven'?t|didn'?t) (arrived|received|shipped|come|got)\b
    \bnot (arrived|received|shipped|delivered) yet\b
    \bwhere is (my|our|the) (order|goods|shipment|parcel|package|container)\b
    \b(delay|delayed|delays|late|overdue)\b
    \bwrong (color|colour|size|item|items|goods|model|product|products|quantity|qty|logo|packing|label)\b
    \b(different|differs?) from (the )?(sample|photo|picture|order)\b
    ~\bwrong\b(?! (person|number|contact|chat|guy|people|no))
    \b(do|does|did)(n'?t| not) (light up|turn on|switch on|charge|fit|close|open|lock|start)\b|\bnot (lighting|turning on|switching on|charging)\b|\b(dead|doa) on arrival\b
    \b(still|yet) (not|no) (shipped|sent|delivered|arrived|received)\b
    \b(not|never) (shipped|sent|delivered|arrived) (yet|after|since)\b
    \b(came|arrived|were|was|are|is)( in)?( all)? (crushed|smashed|wet|dirty|opened|deformed|bent|squashed|soaked|mouldy|moldy)\b
    # parts that come off, and fewer goods than the papers say ("only 18 pallets arrived when the BL says 20")
    \b(falls?|fell|falling|came|comes?|coming) off (after|within|in|when|on|the first)\b|\b(handles?|legs?|wheels?|knobs?|buttons?|straps?|soles?|heels?|covers?|lids?|caps?) (\w+ )?(falls?|fell|falling|break|broke|came|come|comes) off\b
    \bonly \d+ (\w+ ){0,2}(arrived|came|were delivered|were received|received|delivered)\b[^.?!]{0,40}\b(says?|shows?|states?|ordered|invoiced|paid for|should be)\b
    \b(crushed|smashed|squashed|deformed) (cartons?|boxes|packages?|pallets?)\b
    \bshort (shipment|shipped|delivery|by \d+)\b|\b\d+\s*(pcs|pieces|cartons|ctns|units|boxes|sets) (less|short|missing)\b
    \b(you|they) (sent|shipped|delivered) (the |us )?(wrong|incorrect|different)\b
    \b(wrong|incorrect) (colou?r|size|model|item|quantity|labels?|printing|logo)\b
    \b\d+ (weeks|days|months) (late|delay\w*|overdue)\b|\b(after|been) \d+ (weeks|days|months)\b.{0,50}\b(not|no|still)\b
    # ("received 480 instead of 500" is short; "quote 300 instead of 500", "3.40 instead of 3.85" ask a change)
    \b(received|receive|got|arrived|came|delivered|shipped|sent|counted|only)\b[^.?!]{0,30}\binstead of \d+\b|\b(blurry|blurred|faded|peeling|smudged|flicker\w*)\b|\bnot (the )?same (as|like)\b|\b(is|are|looks?) different (from|than)\b
    # fifth pass: a complaint passed on from the buyer's own customer (a forward, "my customer says") that asks a
    # replacement or a return, or names a fault no other line has
    \b(fw|fwd|forward\w*|see below|copy of|pasting|passing on|(my|our) (customer|client|buyer|end ?user)s?('s)? (says?|said|wrote|writes|just wrote|complain\w*|report\w*|told|forwarded|sent (me|us))|(from|of) (my|our) (customer|client|buyer|end ?user)s?)\b.{0,200}\b(replacements?|replace (them|it|these|those|all)|exchange (them|it|these|those)|send (them|it) back|return (them|it)|stopped|fail\w*|noise|noisy|loose|fall(s|ing)? apart|came apart|breaks?)\b
    # a replacement asked for, a fix asked of us, a counted failure ("15 of the 200 fans make a loud noise")
    \b(need|want|request|require|demand|expect|asking for|ask for)s?( a| an| the| free| full| urgent)* (replacements?|re-?shipment)\b|\b(send|ship) (us )?(the )?replacements?\b|\breplace the (broken|damaged|defective|faulty|missing|wrong|bad) \w+
    \bhow (will|are|do|can|would|shall) you( going to| plan to)? (solve|resolve|fix|sort out|compensate|make up for|make it right)\b|\bwhat('?s| is) your solution\b
    \b\d+ (of|out of) (the |our |your |these |those )?\d+\b[^.?!]{0,60}\b(not|no longer|don'?t|doesn'?t|won'?t|can'?t|cannot|stopped|failed|broke|noise|noisy|dead)\b
    \b(half|most|some|many|all|several|\d+) (of )?(the |our |these |those )?(\w+ ){0,2}(failed|died|burnt out|burned out|stopped working|broke down|fell apart)\b
    \b(won'?t|doesn'?t|don'?t|do not|does not|will not|can'?t|cannot|no longer) (hold a |take a |take |hold )?charge\b(?! (for|us|me|you|extra|the|tax|vat|any|anything|fees?|a fee|more))|\bstopped (working|charging|cooling|heating|spinning|functioning)\b|\bwon'?t (start|power on|boot|turn on|switch on)\b|\b(doesn'?t|does not|will not) (power on|boot|turn on|switch on)\b|\b(do|does|did|will|would)(n'?t| not) (cool|heat|spin|turn|rotate|pump|seal|stick)\b|\b(makes?|making) (a )?(loud |strange |weird |rattling )?noises?\b
    # goods long due: a promised date gone by, a deposit paid and nothing shipped
    \b(promised|supposed to)\b.{0,50}\b(ship\w*|deliver\w*|dispatch\w*|load\w*|leave|ready|arrive)\b.{0,60}\b(now|still|nothing|yet|already|weeks? ago|days? ago)\b
    \bnothing (has |have |was |is )?(been )?(shipped|sent|left|arrived|loaded|dispatched|delivered)\b|\b(still|and) nothing\b(?! (else|more|to))
    \b(paid|sent|transferred|wired)\b.{0,30}\b(deposit|advance|payment|money)\b.{0,50}\b(still|nothing|not yet|no news|yet to)\b|\b(deposit|advance|payment) (was )?(paid|sent|made|transferred)\b.{0,40}\b(not (even )?(started|shipped|ready|produced)|nothing|still)\b
    # quality or colour drifted from the sample or the last lot, not what was approved
    \b(is|are|was|were|feels?|looks?|seems?|much|a lot|far|noticeably|clearly|way) (thinner|thicker|weaker|softer|lighter|darker|smaller|worse|cheaper|rougher|flimsier|shorter) (than|compared to) (the |our |your )?(approved |original |previous |last |first |golden |confirmed )?(sample|samples|order|batch|lot|shipment)\b
    \b(colou?r|shade|tone|quality|size)s? (of|in) (this|the new|the latest|the second|the last) (lot|batch|shipment|order|container) (is|are) (different|not the same|worse)\b|\b(different|inconsistent) (colou?rs?|shades?|tones?) (between|across|from) (the )?(lots|batches|cartons|shipments)\b
    \bnot (what|the one|the colou?r|the shade|the one that) (we|i) (approved|confirmed|ordered|agreed( on)?|signed off)\b|\b(is|are|already) (peeling|flaking|fading|rusting|coming off|falling apart)\b
    # the buyer's customer upset, paint chipping, a smell, quality lower than last time
    \b(really|very|so|extremely|quite) (upset|angry|furious|unhappy|disappointed)\b|\bfurious\b|\b(chips?|chipping|flakes?|flaking|rubs?|rubbing|peels?|peeling) off\b|\b(bad|strong|chemical|plastic|burnt) smell\b|\bsmells? (of|like) (plastic|chemicals?|burning|glue)\b
    \b(worse|thinner|weaker|cheaper|lower|flimsier|rougher) than (before|last time|last season|last year|usual|the last one|the previous one)\b
    # goods unlike the approved sample or the papers, quality fallen, goods refused, overheating, "should have left"
    \b(doesn'?t|does not|don'?t|do not|did ?n'?t|not|never) (match|matches|correspond|correspond to|agree with) (the |our |your )?(approved |confirmed |original |signed )?(sample|samples|artwork|order|po|invoice|packing list|spec|specs|photos?|pictures?)\b
    \b(fewer|less) than (on |in |per )?(the |our |your )?(invoice|packing list|b/?l|bill of lading)\b|\b(received|got|arrived|came|delivered|shipped|sent|loaded|counted)\b[^.?!]{0,30}\b(fewer|less) than (on |in |per )?(the |our |your )?(po|order|ordered)\b|\bquality (has )?(dropped|gone down|declined|got worse|deteriorated)\b
    \b(refuses?|refused) to (accept|take|receive)\b|\b(won'?t|will not) accept (the |this |these )?(goods|shipment|delivery|order|it|them)\b|\b(we|i) ordered\b[^.?!]{0,30}[,;] ?(but )?(you|they) (sent|shipped|delivered|gave us)\b|\brejected the (goods|shipment|delivery|container)\b|\blosing (customers|clients|business|sales)\b
    \b(overheat\w*|over-heat\w*)\b|\bshut(s|ting)? (down|off) (by itself|after|randomly|on (its|their) own)\b|\bshould have (left|shipped|arrived|been (shipped|delivered|loaded|sent))\b|\b(do|does|did)(n'?t| not) light\b
    # waiting for months, goods sent back by the buyer's customers, seams, smells, chased many times
    \b(been )?waiting (for )?(over |more than |almost )?(\d+|two|three|four|five|six|several|many) (weeks|months)\b(?! for (our|my|the) )|\b(customers?|clients?|buyers?|shops?|stores?) (have )?(returned|sent back|are returning|are sending back) (\d+|the|all|some|most|half|many|it|them|these|those)\b
    \bseams? (split\w*|open\w*|com(e|es|ing) apart|burst)\b|\bstitching (is )?(loose|coming (apart|undone)|messy|bad|poor)\b|\b(order|shipment|delivery|container) (is|was|came|arrived) short\b
    \b(is|are|was|were|came|arrived) (in )?(a )?different (shade|colou?r|size|tone|material)\b|\b(chased|asked|reminded) (you )?(many|several|so many|\d+) times\b
    # goods unlike the drawing or the agreed part
    \bshatter(ed|s|ing)\b|\bnot the \w+( \w+)? (we|i) (agreed( on)?|ordered|approved|confirmed|asked for|paid for)\b|\b(doesn'?t|does not|don'?t|do not|not) (match|fit|correspond to) (the |our |your )?(drawing|drawings|spec sheet|specification|dimensions)\b
    # mechanical and electrical faults: doors and drawers that stick, parts that burnt out
    \b(drawers?|doors?|zippers?|zips?|slides?|buttons?|wheels?|lids?|valves?|keys?|locks?|hinges?|parts?|mechanisms?|motors?|fans?|switch(es)?|triggers?) (\w+ )?(are|is|get|gets|got|keep|keeps|getting) (stuck|jammed)\b|\bjam(med|ming)\b|\bburn(t|ed) (out|after|within|up)\b|\bburnt\b(?! (orange|sienna|umber|wood|oak|finish|effect|look|colou?r))|\bshort[- ]circuit\w*\b|\b(won'?t|can'?t|cannot|doesn'?t|does not) (open|close|lock|shut)( properly)?\b(?! (the |your |this )?(file|link|attachment|pdf|document|email|mail|catalog\w*|website|video|door for))
    # the goods unlike the approved sample or the photos ("colour is way off from the approved sample"); a forwarder too slow
    \b(colou?rs?|shades?|sizes?|print(ing)?|logo|finish)\b.{0,25}\b(is |was |are |were )?(way |totally |completely |very )?(off|wrong|different) (from|than|to) (the )?(approved |golden |pp |pre-?production )?(sample|photos?|pictures?|artwork|proof)\b
    \b(forwarder|courier|carrier|shipping line|agent)\b.{0,30}\b(too slow|was (so |really )?slow|so slow|useless|terrible|a disaster)\b
    # a fault laid at the supplier's door ("you were supposed to check that"), a cost it caused ("we are paying demurrage")
    \byou were supposed to (check|take care|make sure|see to|tell|warn)\w*\b|\byou should have (checked|told us|warned us|made sure)\b
    \b(we|i) (are |am )?(paying|pay|have to pay|had to pay|now pay) (for )?(the )?(demurrage|detention|storage fees?|port storage)\b
  `,
  customization: r`
    \b(custom|customi[sz]\w*|customis|personali[sz]\w*|bespoke|tailor[- ]?made|made to order)\b
    \b(private label|own brand|our brand|my brand|own logo|our logo|my logo|logo|logos)\b
    \b(print|printing|printed|engrav\w*|emboss\w*|laser mark\w*|silk ?screen)\b
    \b(pantone|ral)\b
    ~\b(colou?r|colou?rs)\b
    ~\b(in|any|other|have) (black|white|red|blue|green|yellow|grey|gray|pink|purple|orange|brown|beige|navy|gold|silver)\b
    ~\b(dimension|dimensions|spec|specs|specification|specifications|drawing|drawings|design|designs|material)\b
    # Turkish "size" is "to you": English only
    @~\b(size|sizes)\b
    \b(packaging|package|packing|box|boxes|label|labels|hang ?tag|carton marks?)\b (design|custom|with|of our|printed)
    \b(our|my) (own )?(packaging|design|box|label|specs?|drawing)\b
  `,
  certification: r`
    \bcertif\w*\b
    \bcert\b|\bcerts\b
    \b(test|testing|lab|inspection|analysis) (report|reports|result|results|certificate)\b
    \b(compliance|compliant|conformity|declaration of conformity|doc)\b
    \b(fda|iso\s*\d*|rohs|msds|sds|sgs|tuv|bsci|sedex|fcc|etl|saso|coa|gots|oeko-?tex|halal|kosher|en\s?71|astm|cpsia|ukca|soncap|cb report)\b
    # the Bureau of Indian Standards, not German "bis" (until): as written
    !\bBIS\b
    \b(certificate of origin|form a|form e)\b
    !\b(CE|UL|REACH|GCC|LFGB|CO)\b
  `,
  catalog_request: r`
    \b(catalog|catalogue|catalogs|catalogues|catalouge|catlog|catalog\w*|e-?catalog|brochure|brochures|pricelist|price ?list|price ?lists)\b
    \b(product|products|item|items|model|models) (list|range|catalog|catalogue|portfolio)\b
    \b(send|share|show)\b.{0,20}\b(all|your|full|whole|other|more) (products|models|items|range|designs)\b
    \bwhat (other )?(products|items|models|kinds|types) (do )?(you )?(have|make|sell|produce|offer)\b
    \bnew (models|products|arrivals|designs|collection|items)\b
    \b(full|whole|product) range\b
    # a spec sheet or datasheet asks for the product's documentation, like a catalogue (our labels); goods measured
    # against it ("smaller than the spec sheet") ask for nothing
    (?<!\b(than|per|from|to|with|on|in|against|match|matches) (the |your |our )?)\b(spec(ification)?s? ?sheets?|data ?sheets?|tech(nical)? (sheets?|data ?sheets?|drawings?|specs|specifications|documentation))\b
  `,
  opt_out: r`
    \b(unsubscribe|unsub|opt ?out|opt me out)\b
    \b(remove|delete|take) (me|my number|my email|us)\b.{0,20}\b(list|contacts?|mailing|database)?
    \bstop (sending|messaging|texting|contacting|spamming|calling|writing|bothering|emailing|sending me)\b
    \b(don'?t|do not|dont|never) (contact|message|msg|text|call|send|write|spam|bother|email)\b (me|us|again|anymore|any more)
    \bno (more|longer) (messages|msgs|emails|mails|spam|contact)\b
    \b(not|no longer|never) interested\b
    \b(leave me alone|stop spam\w*|this is spam|spam)\b
    ^\s*stop\s*[.!]*\s*$
  `,
};
