-- discovery-call.lua: rapport's default training scenario.
--
-- A first discovery call with a skeptical CFO whose team loses days every
-- month to freight invoice disputes.  The trusted-advisor path (empathy,
-- listening and insight into her problem) wins a large deal quickly; a
-- merely friendly path wins a small, slow one; pushing stalls or loses.
--
-- What it teaches, and where the lessons come from:
--   * SPIN (Rackham): situation questions are cheap for you and dull for
--     her, so ask few; problem and implication questions size the deal;
--     a need-payoff question works only once she agrees on the problem.
--     Closing techniques don't predict success in large sales.
--   * AELS (Drollinger): sensing (the word "before"), processing (a
--     summary that gets her priorities and numbers right) and responding.
--     Playing back the wrong number or the wrong priority costs trust: it
--     proves you weren't listening.
--   * Challenger (Dixon & Adamson): answer a straight question straight
--     (she asks the price; say it, then tie it to payback), and a
--     concession is traded, never given (penalty clauses and discounts
--     offered unasked tell her the price was padded).
--   * An agreeable "relationship builder" ranks last: the warm options
--     are kind, and worth little without problem-solving.
--
-- Every decision has at least one well-phrased option that is wrong for
-- Renee at that moment: a misheard number, a good question that ignores
-- what she just said, a premature need-payoff, a summary with the wrong
-- priority, a polite "you"-centred question that is really a push.  The
-- right move is often a statement: an agenda, a plain price, a proposal.
--
-- Hidden meters: trust (how much she believes you are on her side) and
-- patience (how much more of her time she will give you).  Every pushy move
-- costs patience, and the big win needs most of it left, so no pushy path
-- reaches it.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- "a", "a and b", "a, b and c".
local function join(list)
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list]
end

-- After the cost is on the table, her doubt about software comes up once;
-- later visits go straight back to the questions.
local function after_impact(s)
  if (s.visits.burned or 0) > 0 then return "hub" end
  return "burned"
end

-- The trusted-advisor close: the deal follows trust and what was learned.
local function close_on_proof(s)
  if s.trust >= 75 and s.patience >= 50
     and known(s, "pain", "impact", "budget", "decision") then
    return "won_big"
  elseif s.trust >= 55 and known(s, "pain", "impact") then
    return "won_pilot"
  elseif s.trust >= 45 and s.facts.pain then
    return "won_small"
  elseif s.trust >= 25 then
    return "stalled"
  end
  return "lost"
end

-- A next step she did not ask for: never better than a small deal.
local function close_weak(s)
  if s.trust >= 60 and s.facts.impact then return "won_small" end
  if s.trust >= 30 then return "stalled" end
  return "lost"
end

return scenario {
  id = "discovery-call",
  title = "Discovery call with a skeptical CFO",
  module = "discovery",
  difficulty = "beginner",
  version = "2.0",
  minutes = 10,
  currency = "USD",
  brief = "Renee Castillo is CFO of Harlow & Pike Foodservice, a regional food "
    .. "distributor in Columbus, Ohio, with about 600 employees. She answered "
    .. "your cold email with one line: 'Fifteen minutes, Thursday.' You sell "
    .. "Clearpath, which checks carrier invoices against contract rates before "
    .. "they are paid. Find out whether she has a problem worth solving, what "
    .. "it costs her, and who else decides.",
  prospect = {
    name = "Renee Castillo",
    role = "Chief Financial Officer",
    company = "Harlow & Pike Foodservice",
    persona = "Skeptical, precise and short on time. She championed a software "
      .. "project that failed, and she warms to people who listen and think, "
      .. "not to people who flatter or push. She notices a wrong number at "
      .. "once, and she expects a straight answer to a straight question.",
  },

  state = {
    trust = { start = 30, min = 0, max = 100 },
    patience = { start = 60, min = 0, max = 100 },
  },

  facts = {
    pain = "Her four-person AP team spends about three days a month disputing "
      .. "carrier invoices: off-contract detention, liftgate and fuel charges, "
      .. "and some invoices get paid twice.",
    impact = "Freight spend is about $14M a year; she thinks 2-3% is overbilling "
      .. "they never recover ($300-400K a year), and month-end close runs two "
      .. "days late because freight accruals are estimates.",
    history = "She signed a 2022 AP automation project that ran six months late "
      .. "and 40% over budget; her team still keys half the invoices by hand.",
    budget = "About $150K is left in this year's finance-systems budget; it "
      .. "lapses if not committed by September 30.",
    decision = "Renee can sign up to $250K herself, but her controller, Anselm "
      .. "Lee, runs AP and has to back it; IT runs a security review.",
    timeline = "The auditors flagged freight accruals last year; she wants them "
      .. "fixed before the December year-end close.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: earn the right to ask questions.
    ----------------------------------------------------------------------
    opening = {
      say = "Renee Castillo. I have fifteen minutes. Your email said you could "
        .. "cut our freight costs, which is what every email says. Go ahead.",
      choices = {
        { id = "why_me",
          text = {
            "I'm glad you did. You must get a dozen emails like mine every "
              .. "week, so I'm curious: what made you answer this one, and what "
              .. "would make the fifteen minutes worth it for you?",
            "Thanks for replying, and for being direct. Out of all the vendor "
              .. "emails you get every week, what made you say yes to this one "
              .. "and give it fifteen minutes?",
            "I'm glad you did. You must get a dozen emails like mine every "
              .. "week, so before I say anything about us, I'd love to hear what "
              .. "made you answer this one.",
          },
          skills = { listening = 1 },
          state = { patience = -10 },
          reply = "'You said you could cut our freight costs,' she says. 'I'm "
            .. "waiting to hear how.'",
          next = "situation",
          coach = "A fair-sounding question at the wrong moment: she had "
            .. "already told you why she took the call and asked you to go "
            .. "ahead. Asking her to justify the meeting puts the work on "
            .. "her and spends her fifteen minutes." },
        { id = "pitch_features",
          text = {
            "Then I'll be brief. We check every carrier invoice against your "
              .. "contract rates before it's paid, so clients don't lose the "
              .. "four to seven percent they used to.",
            "I'll get straight to it: Clearpath audits every carrier invoice "
              .. "against your rates, and clients save four to seven percent.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -20 },
          reply = "'Everyone has a percentage,' she says. 'Yours is bigger than "
            .. "most.'",
          next = "pitch_pushback",
          coach = "Transactional pushing: a feature pitch and a borrowed "
            .. "statistic before you know whether she even has the problem. "
            .. "She hears a vendor, not a partner." },
        { id = "earn_agenda",
          text = {
            "Fair. No pitch today. How do freight invoices move through your "
              .. "team now?",
            "Fair enough, and I won't pitch you anything today. I'd like ten "
              .. "minutes on how freight invoices move through your team, and "
              .. "if there's nothing worth fixing, I'll tell you so and let you "
              .. "go.",
            "Fair complaint. Could I skip the pitch and ask how carrier "
              .. "invoices move through AP now? If nothing's broken, I'll say so.",
            "Fair. I won't pitch you anything. I'd like to learn how freight "
              .. "bills get checked and paid today; if it works, I'll say so.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reply = "She leans back a little. 'That's a first. All right, ask.'",
          next = "situation",
          coach = "An upfront agenda (a plain statement, not a pitch) and an "
            .. "invitation to SPIN situation questions: you respected her "
            .. "time, promised not to pitch, and asked about her world "
            .. "before yours." },
        { id = "thank_warmly",
          text = {
            "I really appreciate you making the time. Sounds like your inbox's "
              .. "full of people like me. How's the year been for you?",
            "Thanks for the fifteen minutes. How's the year treating you?",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 4, patience = -5 },
          reply = "'Long,' she says.",
          next = "small_talk",
          coach = "Empathy without direction: you acknowledged her inbox, "
            .. "but a general how's-the-year question spends her fifteen "
            .. "minutes on chat. Friendly is a start, not a plan." },
        { id = "book_demo",
          text = {
            "Would it help if I held thirty minutes next week, so your AP team "
              .. "can see it on their own screens? You'd judge it for yourselves.",
            "So you don't have to take my word for anything, couldn't your AP "
              .. "team spare thirty minutes next week? They'd see it for "
              .. "themselves.",
          },
          skills = { pushing = 2 },
          state = { trust = -8, patience = -15 },
          reply = "'You want more of my time before you've used this bit of it.'",
          next = "pitch_pushback",
          coach = "Transactional pushing, politely dressed: a demo request "
            .. "before any discovery is a commitment she has no reason to "
            .. "give yet, however much it is framed as being for her." },
      },
    },

    situation = {
      say = function(s)
        if s.trust >= 40 then
          return "We run about nine thousand loads a year through thirty-some "
            .. "carriers. Invoices come into AP, someone matches each one to the "
            .. "bill of lading and the rate sheet, and we pay."
        end
        return "Nine thousand loads a year, thirty-some carriers. AP matches the "
          .. "invoices and pays them. That's the whole story."
      end,
      choices = {
        { id = "sounds_hard",
          text = {
            "That sounds like a lot to keep straight.",
            "Thirty carriers, each with its own rate sheet. That's a lot to "
              .. "keep straight, I'd imagine.",
            "Nine thousand loads and thirty-some rate sheets. I'd imagine "
              .. "that's a lot for AP to keep straight.",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 4 },
          reveal = { "pain" },
          reply = "'You have no idea,' she says, and keeps going.",
          next = "venting",
          coach = "Active listening, responding stage: a warm reflection "
            .. "that lets her vent. Good for trust, but it steers nowhere, "
            .. "so you'll hear her frustration, not what it costs." },
        { id = "where_breaks",
          text = {
            "When an invoice doesn't match the rate sheet, what happens next?",
            "Tell me about the invoices that don't match the rate sheet. What "
              .. "happens to those?",
            "I'd like to hear about the ones that don't match the rate sheet, "
              .. "because that's usually where the work hides.",
            "Let's go to the ones that don't match. When an invoice and the "
              .. "rate sheet disagree, what actually happens, and who ends up "
              .. "dealing with it?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 8 },
          reveal = { "pain" },
          reply = "She almost laughs. 'Then it's a dispute. We have a lot of "
            .. "disputes.'",
          next = "pain",
          coach = "A SPIN problem question: you went straight to where her "
            .. "process breaks, and she starts telling you what actually "
            .. "hurts." },
        { id = "payoff_early",
          text = {
            "If all of that matching took care of itself, what'd your AP team "
              .. "do with the time they'd get back?",
            "Imagine the matching happened on its own. What would your team "
              .. "spend those hours on instead?",
            "What would your team do with that time back?",
          },
          skills = { problem_solving = 1 },
          state = { trust = -2, patience = -5 },
          reply = "'You're assuming it doesn't take care of itself,' she says. "
            .. "'I haven't said there's a problem. You have.'",
          next = "pitch_pushback",
          coach = "A SPIN need-payoff question, far too early: she hasn't "
            .. "named a problem, so asking what solving it is worth sounds "
            .. "like a pitch in disguise." },
        { id = "pitch_match",
          text = {
            "What if your team didn't have to match those by hand again? "
              .. "That's what our software does; most clients halve AP's time.",
            "Our software does that matching automatically. Would halving the "
              .. "time your AP team spends on it be worth a look?",
          },
          skills = { pushing = 2 },
          state = { trust = -6, patience = -15 },
          reply = "'I'm sure it does,' she says, and glances at the clock.",
          next = "pitch_pushback",
          coach = "Transactional pushing: she described a process and you "
            .. "answered with a product. You still don't know what's wrong "
            .. "with it." },
      },
    },

    ----------------------------------------------------------------------
    -- The problem and what it costs.
    ----------------------------------------------------------------------
    pain = {
      say = function(s)
        local line = "It's the extras: detention, liftgate, fuel surcharges that "
          .. "don't match the contract. My AP team spends about three days a "
          .. "month fighting carriers over them, and we still pay some invoices "
          .. "twice."
        if s.trust >= 45 then
          return line .. " Honestly, it's embarrassing."
        end
        return line
      end,
      choices = {
        { id = "feel_it",
          text = {
            "Three days a month, every month, fighting the same fights, with "
              .. "the same carriers. That has to wear your team down.",
            "Three days every month on the same arguments with carriers. That "
              .. "must grind your people down.",
          },
          requires = { "pain" },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 4 },
          reply = "'It does,' she says. 'My controller takes every one of them "
            .. "personally.'",
          next = "hub",
          coach = "Active listening, responding stage: you reflected the "
            .. "three days and the frustration behind them. Kind, but you "
            .. "didn't ask what it costs, so she still sees a nuisance, not "
            .. "a business case." },
        { id = "cost_of_it",
          text = {
            "When a charge slips through, or gets paid twice, what does that "
              .. "add up to over a year?",
            "Let's put a number on it: the charges that slip through plus "
              .. "the double payments, over a whole year.",
            "I'd like to size that with you. Roughly what do the missed "
              .. "charges and the double payments come to in a year?",
            "What does all that add up to in a year?",
            "Let's put a number on that. Between the charges that slip "
              .. "through and the invoices paid twice, what does it add up to "
              .. "over a year, roughly?",
          },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 8 },
          reveal = { "impact" },
          reply = "She pauses. 'Nobody's asked me to put a number on it. Give me "
            .. "a second.'",
          next = "impact",
          coach = "A SPIN implication question: you turned a nuisance into a "
            .. "cost she can see. The size of the deal comes from this "
            .. "moment." },
        { id = "misheard",
          text = {
            "So AP's losing about three days a week, mostly to fuel surcharges. "
              .. "Over a year, with the double payments, what's that cost?",
            "Three days a week on fuel surcharges, plus the double payments, "
              .. "is a lot of time. Have you worked out what that comes to?",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -6, patience = -5 },
          reveal = { "impact" },
          reply = "'A month,' she says. 'Three days a month. And it's detention "
            .. "and liftgate as much as fuel.' She sounds tired of correcting "
            .. "people, but she does the sum anyway.",
          next = "impact",
          coach = "An implication question built on a misheard fact: she "
            .. "said three days a month, not a week, and detention and "
            .. "liftgate as much as fuel. Playing back the wrong number "
            .. "tells a precise CFO you weren't listening." },
        { id = "we_fix_that",
          once = true,
          text = {
            "Every one of those extras is something we check before you pay "
              .. "it. Shall I tell you how that works?",
            "That's exactly what we catch: each surcharge checked before the "
              .. "invoice is paid. Want to hear how?",
          },
          skills = { pushing = 2 },
          state = { trust = -6, patience = -15 },
          reply = "'Then tell me what it costs,' she says. 'That's where these "
            .. "calls always end up.'",
          next = "price_talk",
          coach = "Transactional pushing: you claimed the solution before "
            .. "sizing the problem, so the talk jumps straight to your "
            .. "price." },
      },
    },

    impact = {
      say = "We spend about fourteen million a year on freight. If two or three "
        .. "percent is charges we shouldn't pay, that's three or four hundred "
        .. "thousand dollars. And close runs two days late because our freight "
        .. "accruals are guesses. Not that software has fixed any of that for "
        .. "us before.",
      choices = {
        { id = "roi_model",
          text = {
            "Four hundred thousand's real money. Would it help if I built an "
              .. "ROI model on those numbers, so you've got it for your board?",
            "Let me put those numbers into an ROI model for you, so the case "
              .. "for fixing it is on paper by next week.",
          },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -6, patience = -15 },
          reply = "'The last vendor built me an ROI model too,' she says.",
          next = after_impact,
          coach = "Transactional pushing dressed as problem-solving: you "
            .. "grabbed her number for your pitch and missed the doubt she "
            .. "just voiced." },
        { id = "notice_before",
          text = {
            "You said 'before.' It sounds like a project like this has "
              .. "burned you. What happened?",
            "You said software hasn't fixed it before. I'd rather hear that "
              .. "story now than run into it at the end.",
            "'Before' sounds like there's a story. If something like this has "
              .. "let you down already, I'd like to hear it.",
            "You said software hasn't fixed it 'before'. That sounds like a "
              .. "story, and I'd rather hear it now than run into it at the end "
              .. "of this.",
          },
          skills = { empathy = 2, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reveal = { "history" },
          reply = "She's quiet for a moment. 'Since you asked.'",
          next = "burned",
          coach = "Active listening, sensing stage: you caught the word "
            .. "'before' and asked about it. Surfacing her doubt now beats "
            .. "meeting it as an objection at the close." },
        { id = "which_first",
          text = {
            "You said three or four hundred thousand, plus a close that's two "
              .. "days late. Which of the two matters more to your CEO?",
            "So there's 'three or four hundred thousand' and there's the "
              .. "'two days late'. If you could fix only one this year, which?",
            "Which hurts more: the money or the late close?",
            "So there's the money, and there's the late close. Before anything "
              .. "else I'd want to know which of the two your CEO loses sleep "
              .. "over.",
          },
          skills = { problem_solving = 1 },
          state = { patience = -5 },
          reply = "'They're the same problem,' she says. 'That's rather the "
            .. "point.'",
          next = after_impact,
          coach = "A reasonable prioritising question that ignores what she "
            .. "just said: she ended on 'not that software has fixed any of "
            .. "that before', and that doubt, not the ranking, is what "
            .. "stands between her and any decision (sensing, in AELS)." },
      },
    },

    burned = {
      say = function(s)
        if s.facts.history then
          return "In 2022 we bought an AP automation system. Six months late, "
            .. "forty percent over budget, and my team still keys half the "
            .. "invoices by hand. I signed that contract. I won't sign another "
            .. "one like it."
        end
        return "Look, we've bought software before that promised the world. "
          .. "I'm not doing that again."
      end,
      choices = {
        { id = "fixed_terms",
          text = {
            "Then let's make sure it can't run six months late or forty "
              .. "percent over budget again: a fixed price and a go-live date "
              .. "in your contract, with penalties. Would that help you?",
            "I can take that risk off you: a fixed fee, a written go-live "
              .. "date, and your money back if it runs late or over budget. "
              .. "Would that make it easier for you?",
          },
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -4, patience = -5 },
          reply = "'The last one had penalties too,' she says. 'I didn't want a "
            .. "refund. I wanted it to work.'",
          next = "hub",
          coach = "A concession given, not traded (Challenger): you offered "
            .. "contract terms before you knew what 'different' means to "
            .. "her. It answers a question she didn't ask, and it tells her "
            .. "your terms were soft." },
        { id = "ask_proof",
          text = {
            "That's fair. Before you sign anything, what would you need to "
              .. "see to know this one is different?",
            "Then you shouldn't take my word for it. Tell me what proof would "
              .. "show you that this one is different.",
            "That's a fair line to draw. What would this one have to show "
              .. "you, before any contract, to be different?",
            "Fair. What would this one have to show you?",
            "That's a fair line to draw, and I'd draw it too. Before you sign "
              .. "anything, what would you need to see, on your own numbers, to "
              .. "know this one is different?",
          },
          skills = { empathy = 2, listening = 1, problem_solving = 2 },
          state = { trust = 10 },
          reply = "She nods slowly. 'Proof on our own invoices. Not a demo with "
            .. "made-up data.'",
          next = "hub",
          coach = "Empathy plus problem-solving: you treated her caution as "
            .. "reasonable and turned it into her decision criteria (the D "
            .. "in MEDDIC): proof on her own invoices." },
        { id = "wary_too",
          text = {
            "After a project that ran six months late and forty percent over "
              .. "budget, you'd be wary of the next vendor too, and you should "
              .. "be.",
            "Anyone who signed that contract and still keys half the invoices "
              .. "by hand would be wary of people like me. You have every "
              .. "reason.",
            "After a year like that, I'd be wary of the next vendor too.",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 4 },
          reply = "'Thank you,' she says. She doesn't sound any less wary.",
          next = "hub",
          coach = "Empathy without a next step: she feels understood, but "
            .. "her objection is still standing between her and any "
            .. "decision." },
        { id = "defend",
          text = {
            "I hear you. The difference is that our implementations take six "
              .. "weeks, not six months, with a named engineer.",
            "I understand, but we're nothing like them. Our implementations "
              .. "take six weeks, and we stay until it works.",
            "Ours go live in six weeks, not six months.",
          },
          skills = { pushing = 1 },
          state = { trust = -4, patience = -10 },
          reply = "'That's what they said,' she says.",
          next = "hub",
          coach = "Defending instead of exploring, a light form of pushing: "
            .. "you answered her experience with a claim she has heard "
            .. "before, and her objection still stands." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: qualifying questions in any order, then a summary.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        local asked = s.chose.ask_budget or s.chose.ask_decision
          or s.chose.ask_timeline or s.chose.ask_cost
        if asked then
          if s.trust >= 60 then return "Go on. What else do you need?" end
          return "What else?"
        end
        if s.trust >= 60 then
          return "All right. You have my attention for a few more minutes. What "
            .. "else do you need to know?"
        end
        return "What else do you want to know?"
      end,
      choices = {
        { id = "hold_thursday",
          text = {
            "Would it help if I held Thursday afternoon, so you and your team "
              .. "can see it working before you decide anything?",
            "Could I pencil in Thursday for your team to watch it run? Then "
              .. "you'd have something concrete to decide on.",
            "Could your team see it run on Thursday?",
            "Would it help if I held Thursday afternoon for you and your team, "
              .. "so you can see it working on a realistic set of invoices, ask "
              .. "every awkward question you have, and decide with something "
              .. "concrete in front of you instead of my word for it?",
          },
          skills = { pushing = 2 },
          state = { trust = -6, patience = -10 },
          reply = "'I don't need a show,' she says. 'I need to know it works "
            .. "on our invoices.'",
          next = "next_steps",
          coach = "Transactional pushing, politely dressed: a demo slot "
            .. "framed as a favour to her. She asked for proof on her own "
            .. "invoices, not a show, and you haven't finished learning "
            .. "what the proof would need to show." },
        { id = "ask_timeline",
          once = true,
          requires = { "budget" },
          text = {
            "Is there a date that makes this more urgent, like a close or an "
              .. "audit?",
            "Is anything on the calendar that makes this more urgent, like a "
              .. "close or an audit?",
            "Tell me if there's a date behind this, a close or an audit, that "
              .. "makes it more urgent.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4 },
          reveal = { "timeline" },
          reply = "'Year-end,' she says. 'The auditors flagged our freight "
            .. "accruals last December. I'd rather not have that conversation "
            .. "twice.'",
          next = "hub",
          coach = "MEDDIC, timeline: you found the date that makes this "
            .. "urgent for her, not for your quarter." },
        { id = "ask_cost",
          text = {
            "Have you ever put a number on what those disputes cost you in "
              .. "a year?",
            "I'd like to put a number on those disputes with you: what they "
              .. "cost over a year.",
          },
          once = true,
          requires = { "pain" },
          when = function(s) return not s.facts.impact end,
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "impact" },
          reply = "'Not properly,' she says. 'Let's see.'",
          next = "impact",
          coach = "A SPIN implication question, a little late but in time: "
            .. "without a cost, her problem is an annoyance, not a budget "
            .. "line." },
        { id = "summarize",
          text = function(s)
            local parts = { "three days a month lost to carrier disputes" }
            if s.facts.impact then
              parts[#parts + 1] = "three or four hundred thousand a year paid "
                .. "out that shouldn't be"
            end
            if s.facts.history then
              parts[#parts + 1] = "a team that was let down by the last system"
            end
            if s.facts.timeline then
              parts[#parts + 1] = "auditors waiting at year-end"
            end
            return "Let me check I have this right. You've got " .. join(parts)
              .. ". Correct me where I'm off."
          end,
          requires = { "pain", "impact" },
          unavailable = "Not yet: there is more to hear before a summary "
            .. "would land.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 6 },
          next = "need_payoff",
          coach = "Active listening, processing stage: you tied her lost "
            .. "days, her dollars and her worries into one summary and "
            .. "checked it with her. She hears that you were listening." },
        { id = "ask_decision",
          once = true,
          text = {
            "Besides you, who would need to be on board to change how AP "
              .. "works?",
            "Who else would have to back a change to how AP works, besides "
              .. "you?",
            "Walk me through who else would need to be on board before AP "
              .. "changes how it works.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4 },
          reveal = { "decision" },
          next = "decision_talk",
          coach = "MEDDIC, decision process and champion: you asked who else "
            .. "decides before they can surprise you." },
        { id = "wrong_summary",
          text = function(s)
            local parts = { "a close that's two days late every month" }
            parts[#parts + 1] = "carrier disputes taking about three days a week"
            if s.facts.history then
              parts[#parts + 1] = "a team still sore about the last system"
            end
            if s.facts.timeline then
              parts[#parts + 1] = "auditors waiting at year-end"
            end
            return "Let me play that back. The big one's " .. join(parts)
              .. ", and the overbilling's the smaller part of it. Correct me "
              .. "where I'm off."
          end,
          requires = { "pain", "impact" },
          skills = { listening = -1 },
          state = { trust = -10, patience = -15 },
          reply = "'Three days a month,' she says. 'And the overbilling is the "
            .. "problem. The late close is what it causes.' She looks at the "
            .. "clock.",
          next = "next_steps",
          coach = "A summary with the priority and a number wrong: she told "
            .. "you the disputes are the problem and the late close a "
            .. "symptom, and three days a month, not a week. AELS's "
            .. "processing stage is getting it right, not just playing "
            .. "something back." },
        { id = "ask_budget",
          once = true,
          text = {
            "If this turned out to be worth fixing, is there money for it "
              .. "this year, or would it compete with other projects?",
            "Is there money for something like this in this year's budget, "
              .. "or would it have to fight other projects for it?",
            "Suppose it's worth fixing. I'd want to know whether there's "
              .. "money for it this year, or whether it competes with other "
              .. "projects.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4 },
          reveal = { "budget" },
          next = "budget_talk",
          coach = "MEDDIC, budget: a plain question about money, asked after "
            .. "the problem and not before it." },
        { id = "wrap_up",
          text = {
            "I've taken enough of your time. Can I send you a proposal and "
              .. "follow up next week?",
            "I don't want to overstay. Shall I put a proposal together and "
              .. "follow up next week?",
          },
          when = function(s)
            return not s.facts.impact and (s.chose.ask_budget
              or s.chose.ask_decision or s.chose.ask_timeline or false)
          end,
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 55 and s.facts.pain then return "won_small" end
            if s.trust >= 25 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a premature close: you're asking "
            .. "to send a proposal before you know what the problem costs "
            .. "her, so any price will look high." },
      },
    },

    budget_talk = {
      say = "There's about a hundred fifty thousand left in this year's "
        .. "finance-systems budget. If it isn't committed by September 30, it "
        .. "goes back. So, a straight answer: what would this cost us?",
      choices = {
        { id = "deflect_price",
          text = {
            "I'll get to the number. First, what would it have to pay back "
              .. "for that budget to be well spent?",
            "Before I give you a figure, what would it need to return for "
              .. "you to spend that budget on it?",
            "I'll give you the number. First I'd like to know what it would "
              .. "have to pay back for that budget to be well spent.",
          },
          skills = { problem_solving = 1 },
          state = { trust = -6, patience = -5 },
          reply = "'I asked you first,' she says. 'Vendors who won't say a "
            .. "price usually have a reason.'",
          next = "hub",
          coach = "A value question used as a dodge: reframing price as "
            .. "payback is good discipline, but she asked a straight "
            .. "question, twice in effect. Answer it, then tie it to the "
            .. "value (Challenger: take control by being direct)." },
        { id = "discount",
          text = {
            "Then let's make sure that budget doesn't go back: if it's "
              .. "committed before September 30, I can take twenty percent off "
              .. "the first year, which leaves room in the hundred fifty "
              .. "thousand.",
            "If you can commit it before September 30, I'll take twenty "
              .. "percent off, so the finance-systems budget is spent on "
              .. "something this year instead of going back.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, patience = -15 },
          reply = "'You don't know what you're selling me yet,' she says. 'So you "
            .. "can't know what it's worth.'",
          next = "hub",
          coach = "Transactional pushing, discounting: a price cut given "
            .. "away before she agrees there is value, and not traded for "
            .. "anything, tells her your price was padded." },
        { id = "budget_fit",
          text = {
            "Straight answer: about fifty-five thousand a year at your "
              .. "volume. Against three or four hundred thousand lost, it "
              .. "should pay back inside a quarter.",
            "Clearpath would run about fifty-five thousand a year for nine "
              .. "thousand loads. Next to what the disputes cost you, that's "
              .. "a payback question, not a budget one.",
            "The price for your volume is around fifty-five thousand a year. "
              .. "Set against three or four hundred thousand, it pays for "
              .. "itself in months.",
            "About fifty-five thousand a year. Against what the disputes cost "
              .. "you, it pays back in months.",
          },
          requires = { "impact" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4 },
          reply = "'That's the first straight number I've had from a vendor,' "
            .. "she says. 'Inside a year would do. Inside this one, better.'",
          next = "hub",
          coach = "A straight answer, tied to her own numbers: you named the "
            .. "price plainly and set it against the cost she put on the "
            .. "problem, so price becomes a question of payback, not "
            .. "discount." },
        { id = "plain_price",
          text = {
            "About fifty-five thousand a year at your volume. Whether that's "
              .. "cheap or dear depends on what the disputes cost you, and I "
              .. "don't know that yet.",
            "Roughly fifty-five thousand a year for nine thousand loads. I "
              .. "can't tell you if it's worth it until we know what the "
              .. "disputes cost.",
          },
          when = function(s) return not s.facts.impact end,
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 4 },
          reply = "'Fair,' she says. 'Then let's find out.'",
          next = "hub",
          coach = "A straight answer to a straight question, with the honest "
            .. "caveat: without the cost of the problem, no price can be "
            .. "judged." },
        { id = "budget_thanks",
          text = {
            "That's helpful, thank you. A hundred fifty thousand left in the "
              .. "finance-systems budget that goes back if it isn't committed: "
              .. "it sounds like you've been careful with it.",
            "Thank you, that helps. Nobody has brought you anything worth "
              .. "spending it on, so I can tell you've guarded that budget "
              .. "carefully.",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 2 },
          reply = "'Somebody has to be,' she says. 'You didn't answer me.'",
          next = "hub",
          coach = "Polite, but she asked you a straight question and you "
            .. "thanked her instead of answering it." },
      },
    },

    decision_talk = {
      say = "I can sign up to two hundred fifty thousand myself. But Anselm Kowalczyk, "
        .. "my controller, runs AP. If he doesn't want it, it dies in his "
        .. "department like the last one did. And IT will want a security review.",
      choices = {
        { id = "security_first",
          text = {
            "So IT's security review is the real gate. Who runs it, and how "
              .. "long do they usually take?",
            "Then the security review is the gate to get through first. Who "
              .. "in IT runs it, and how long does it take?",
          },
          skills = { listening = 1 },
          state = { patience = -5 },
          reply = "'Six weeks, usually. That isn't what kills things here,' she "
            .. "says.",
          next = "hub",
          coach = "A summary that gets the priority wrong: she told you the "
            .. "last project died in Anselm's department, and you went to "
            .. "the paperwork. The security review is a step; Anselm is the "
            .. "decision." },
        { id = "involve_marcus",
          text = {
            "Then Anselm should shape this, not just receive it. Let him pick "
              .. "the disputed invoices we test it on.",
            "Then Anselm should be in it from the start. What if we tested it "
              .. "on his real disputed invoices, with him choosing which?",
            "This lives or dies with Anselm. Let's build the test around "
              .. "him: his disputed invoices, his pick of the worst.",
            "Then Anselm shouldn't just receive this; he should shape it. Let "
              .. "him choose the disputed invoices we test it on, the ugliest "
              .. "ones he has, and let him judge the result.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 4 },
          reply = "For the first time, she smiles. 'He'd like that. He'd like "
            .. "picking the hardest ones even more.'",
          next = "hub",
          coach = "Problem-solving with empathy: you used the lesson of her "
            .. "last project to make her controller a champion instead of a "
            .. "blocker (the C in MEDDIC)." },
        { id = "cc_marcus",
          text = {
            "Understood. Then I'll make sure Anselm gets a short overview from "
              .. "me directly, so he hears it first-hand, not second-hand, before "
              .. "anything reaches his desk.",
            "Got it. I'll make sure Anselm, and whoever runs the IT review, "
              .. "get a copy of our materials as well, so nobody in AP is "
              .. "surprised later.",
          },
          skills = { listening = 1 },
          reply = "'He gets plenty of materials,' she says.",
          next = "hub",
          coach = "Listening without problem-solving: you heard the name but "
            .. "made a broadcast, not a plan. Anselm needs a say in the "
            .. "decision, not another brochure." },
        { id = "skip_marcus",
          text = {
            "Since it's within your signing authority, would you rather keep "
              .. "it simple and start this month, before it turns into a "
              .. "committee?",
            "Since you can sign it yourself, we could keep this simple and get "
              .. "you started this month.",
          },
          skills = { pushing = 2 },
          state = { trust = -8, patience = -15 },
          reply = "'That's exactly how the last one went,' she says, and her "
            .. "voice goes flat.",
          next = "next_steps",
          coach = "Transactional pushing: going around the person who has to "
            .. "live with the tool repeats the mistake she just described." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in her words, then the next step.
    ----------------------------------------------------------------------
    need_payoff = {
      say = function(s)
        if s.trust >= 70 then
          return "Yes. That's it exactly. Nobody has put it that plainly before."
        end
        return "More or less."
      end,
      choices = {
        { id = "thank_open",
          text = {
            "Thank you for being so open with me. I know that wasn't easy to "
              .. "talk about.",
            "I appreciate how candid you've been with me today. I know the "
              .. "last project isn't an easy thing to bring up with a vendor, "
              .. "and it helps me more than you'd think.",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 2 },
          reply = "'It wasn't,' she says. 'So, what now?'",
          next = "next_steps",
          coach = "Sincere empathy, but no SPIN need-payoff question: she "
            .. "never says out loud what solving this would be worth to her." },
        { id = "fuel_insight",
          text = {
            "Here's what we usually find: the real money isn't in the disputes "
              .. "at all, it's in fuel tables nobody updates. I'd start there.",
            "Have you looked at your fuel-surcharge tables? At distributors "
              .. "your size, that's where most of the leak is, not in the "
              .. "disputes your team fights.",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -4, patience = -5 },
          reply = "'Maybe at other distributors,' she says. 'I just told you "
            .. "where ours is.'",
          next = "next_steps",
          coach = "A Challenger-style insight aimed at the wrong problem: "
            .. "teaching is a right move when it reframes her problem, but "
            .. "she has just agreed on hers, and a borrowed pattern from "
            .. "other companies talks over it." },
        { id = "payoff_q",
          text = {
            "If disputes took hours instead of days, and your freight accruals "
              .. "were real numbers, what would that change for you?",
            "Suppose the disputes took hours, not days, and the accruals were "
              .. "real numbers. Tell me what that changes for you and your team.",
            "Picture a close where the freight accruals are real numbers and "
              .. "disputes take an afternoon. What does that change for you?",
            "If disputes took hours, not days, what would that change for you?",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reply = "'My team gets three days a month back. I get a year-end close "
            .. "I don't have to apologize for.' She says it slowly, as if hearing "
            .. "it for the first time.",
          next = "next_steps",
          coach = "A SPIN need-payoff question, now that she agrees on the "
            .. "problem: she describes the value in her own words, which "
            .. "persuades her more than any number you could quote." },
        { id = "propose_now",
          text = {
            "Would you like me to send you a three-year agreement today, so "
              .. "you're covered before your budget lapses in September?",
            "Great. Let me send a three-year contract today so we can get "
              .. "started before the budget lapses.",
          },
          skills = { pushing = 3 },
          state = { trust = -6, patience = -15 },
          reply = "'Slow down,' she says. 'I agreed on the problem, not on you.'",
          next = "next_steps",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem, not the solution. In large sales, Rackham found "
            .. "closing techniques didn't predict success." },
      },
    },

    next_steps = {
      say = function(s)
        if s.trust >= 75 then
          return "So what do you suggest? And please don't say a demo."
        elseif s.trust >= 50 then
          return "What's the next step, then?"
        end
        return "I have another meeting in five minutes. What exactly are you "
          .. "proposing?"
      end,
      choices = {
        { id = "sample_session",
          text = {
            "Let's set up a working session where your AP team sees it run "
              .. "on a sample distributor's invoices, so you don't share data yet.",
            "How about a working session next week, where your AP team "
              .. "watches it on a distributor's sample data, so nothing of yours "
              .. "leaves the building till you've seen it work? That'd be safer.",
            "Let's do a working session on sample invoices first, so none of "
              .. "your data leaves the building.",
          },
          skills = { empathy = 1, listening = -1 },
          state = { trust = -6 },
          next = close_weak,
          coach = "Considerate, and wrong: she told you what proof means to "
            .. "her, her own invoices and not made-up data. Protecting her "
            .. "data sounds kind and ignores her one decision criterion." },
        { id = "her_call",
          text = {
            "What'd you like the next step to be?",
            "You know your team and your calendar better than I do. What'd "
              .. "you like the next step to be, and when?",
          },
          skills = { empathy = 1, listening = 1 },
          next = function(s)
            if s.trust >= 60 and s.facts.impact then return "won_pilot" end
            if s.trust >= 45 and s.facts.pain then return "won_small" end
            return "stalled"
          end,
          coach = "Listening, but passive: handing the next step back to a "
            .. "busy CFO leaves your deal to her calendar." },
        { id = "propose_proof",
          text = {
            "Prove it on your own data: a two-week audit of last quarter's "
              .. "invoices. If it finds less than it costs, you walk away.",
            "Test it on last quarter's invoices for two weeks. If it finds "
              .. "less than it costs, walk away.",
            "Here's what I'd suggest: we run last quarter's real invoices "
              .. "through it for two weeks, on carriers your team picks. No "
              .. "bigger find than its cost, no deal.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_proof,
          coach = "Problem-solving, the trusted-advisor close: a plain, "
            .. "low-risk next step built from what she told you: proof on her "
            .. "own invoices, not a demo, with a walk-away if it doesn't pay. "
            .. "How big it gets depends on what you learned on the way." },
        { id = "sign_friday",
          text = {
            "Would it help if I sent the paperwork over today, so you've got "
              .. "it signed before the budget's deadline?",
            "I can have the contract over today. Could you sign it by Friday?",
          },
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 70 and s.facts.impact then return "won_small" end
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: you asked for a "
            .. "signature before she has seen proof on her own invoices, the "
            .. "one thing she said she needs." },
      },
    },

    ----------------------------------------------------------------------
    -- The friendly track: pleasant, and going nowhere unless you steer.
    ----------------------------------------------------------------------
    small_talk = {
      say = "We replaced half our truck fleet, the auditors weren't happy with "
        .. "us, and my controller threatens to quit about once a month.",
      choices = {
        { id = "sympathy",
          text = {
            "That's a lot at once. It sounds exhausting.",
            "A new fleet, the auditors and a restless controller. That's a "
              .. "lot for one year.",
            "Half a new fleet, unhappy auditors and a controller threatening "
              .. "to quit, all in one year. That sounds exhausting, honestly.",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 6, patience = -5 },
          reveal = { "pain" },
          reply = "'It is,' she says. 'And the worst of it is freight.'",
          next = "venting",
          coach = "Empathy, responding stage: you acknowledged the weight "
            .. "she's carrying. Warm, and she opens up, but you asked about "
            .. "none of it." },
        { id = "controller_person",
          text = {
            "Your controller threatens to quit every month? That sounds "
              .. "serious. What's going on with him?",
            "A controller who threatens to quit once a month is worrying, "
              .. "because good controllers are hard to find. How are you "
              .. "keeping him, and is he someone you'd hate to lose?",
          },
          skills = { empathy = 1 },
          state = { trust = 2, patience = -5 },
          reply = "'He's fine,' she says. 'He just hates the disputes.'",
          next = "venting",
          coach = "The right thread, pulled the wrong way: the controller "
            .. "matters, but you treated him as a staffing worry rather "
            .. "than asking what in his job makes him want to quit." },
        { id = "pick_up_auditors",
          text = {
            "Unhappy auditors and a controller at the end of his rope. Is any "
              .. "of that about freight?",
            "The auditors and your controller caught my ear. I'd guess at "
              .. "least one of those is about freight.",
            "Unhappy auditors, and a controller who wants out: those two "
              .. "caught my ear. Is either about freight?",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 8 },
          reveal = { "pain" },
          reply = "She looks at you properly for the first time. 'All of it, as "
            .. "it happens.'",
          next = "pain",
          coach = "Active listening, sensing stage: you picked the two "
            .. "threads that mattered out of her small talk and tied them to "
            .. "her business. That's how chat becomes discovery." },
        { id = "fleet_chat",
          text = {
            "New trucks! That's a big project. How did the drivers take it?",
            "Half a new fleet in one year is a big project. How did your "
              .. "drivers take to it?",
          },
          skills = { empathy = 1 },
          state = { trust = 2, patience = -5 },
          reply = "'Fine,' she says, and checks her watch.",
          next = "friendly_wrap",
          coach = "Empathy, but off track: you chased the easiest thread and "
            .. "left the two hints about her problem, the auditors and the "
            .. "controller, on the table." },
        { id = "auditors_pitch",
          text = {
            "Auditors are exactly where we help. Our platform makes your "
              .. "freight data audit-ready.",
            "Would audit-ready freight data help with the auditors? That's "
              .. "exactly what we give you.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, patience = -15 },
          reply = "'I didn't ask,' she says.",
          next = "pitch_pushback",
          coach = "Transactional pushing: you hijacked her story to pitch, "
            .. "and she noticed." },
      },
    },

    venting = {
      say = "It's the invoices. My AP team spends days every month arguing with "
        .. "carriers over surcharges, and some invoices still get paid twice. "
        .. "Anselm, my controller, takes every one of them personally.",
      choices = {
        { id = "duplicates_only",
          text = {
            "So the invoices that still get paid twice are the real problem. "
              .. "How many invoices every month get paid twice by your AP team?",
            "The invoices that still get paid twice worry me most. Roughly how "
              .. "many carrier invoices every month get paid twice?",
          },
          skills = { listening = 1 },
          state = { trust = -2, patience = -5 },
          reply = "'A handful. That's not the point,' she says. 'The point is "
            .. "the days we spend arguing.'",
          next = "pain",
          coach = "A precise question about the wrong detail: she named days "
            .. "of disputes first and the double payments second, and you "
            .. "narrowed onto the smaller one." },
        { id = "keep_listening",
          text = {
            "That sounds maddening. How is Anselm holding up through all of "
              .. "it?",
            "It sounds maddening for Anselm, taking every one of those "
              .. "disputes personally. How is he holding up with all of that, "
              .. "month after month?",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 6, patience = -5 },
          reply = "She talks about Anselm for a while. It's a nice conversation. "
            .. "The clock keeps running.",
          next = "friendly_wrap",
          coach = "Active listening, but in circles: she feels heard, yet "
            .. "nothing you ask moves toward cost, budget or a decision." },
        { id = "me_too",
          text = {
            "I hear that from a lot of finance leaders. Honestly, it's why I "
              .. "took this job.",
            "You're not alone in that; I hear it from finance leaders every "
              .. "week, the days lost arguing with carriers over surcharges. "
              .. "Honestly, it's why I do this work.",
          },
          skills = { empathy = 1, listening = -1 },
          state = { patience = -5 },
          reply = "'Mm,' she says.",
          next = "friendly_wrap",
          coach = "A listening lapse, making it about you: relating is "
            .. "human, but you took the floor just as she was opening up." },
        { id = "vent_cost",
          text = {
            "Days every month, plus invoices paid twice. Have you ever added "
              .. "up what that costs you in a year?",
            "Days of arguing every month and invoices paid twice. I'd like to "
              .. "know what that adds up to in a year.",
            "Days of arguing every month, and invoices paid twice on top. Have "
              .. "you ever sat down and added up what all of that costs you in a "
              .. "year?",
          },
          requires = { "pain" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 8 },
          reveal = { "impact" },
          reply = "She stops. 'No. Nobody has asked me that. Let me think.'",
          next = "impact",
          coach = "A SPIN implication question: you took what she vented and "
            .. "sized it, turning sympathy into a business case." },
        { id = "jump_pitch",
          text = {
            "We fix exactly that. Can I show you how?",
            "That's the exact problem we solve. Could I show you how?",
          },
          skills = { pushing = 2 },
          state = { trust = -6, patience = -15 },
          reply = "She sighs. 'And there it is.'",
          next = "pitch_pushback",
          coach = "Transactional pushing: she finally told you what hurts, "
            .. "and you answered with a demo request." },
      },
    },

    friendly_wrap = {
      say = function(s)
        if s.trust >= 40 then
          return "This has been nice. Nicer than most of these calls, honestly. "
            .. "But I'm not sure what you're proposing, and I have a meeting at "
            .. "the half hour."
        end
        return "I have a meeting at the half hour. Was there something specific "
          .. "you wanted?"
      end,
      choices = {
        { id = "demo_thursday",
          text = {
            "Great! Can we lock in a demo with Anselm for Thursday?",
            "Would Thursday work for you and Anselm to see a short demo?",
          },
          skills = { pushing = 2 },
          next = function(s)
            if s.trust >= 50 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing: a demo request to end a call that "
            .. "never found a problem. She has nothing to show Anselm, so no "
            .. "reason to say yes." },
        { id = "late_cost",
          text = {
            "Before you go: those disputes. Roughly what do they cost you in "
              .. "a year?",
            "One thing before you go: I'd like a rough idea of what those "
              .. "disputes cost you in a year.",
          },
          requires = { "pain" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 4 },
          reveal = { "impact" },
          reply = "She hesitates. 'That's a fair question. Give me two minutes.'",
          next = "impact",
          coach = "A SPIN implication question, asked late: it rescues a "
            .. "pleasant chat by giving her a reason to act." },
        { id = "quarter_priority",
          text = {
            "Before you go, what's the one thing on your plate this quarter "
              .. "you'd most like off it?",
            "Before you run: of everything on your desk this quarter, what "
              .. "would you most like to be rid of?",
          },
          skills = { listening = -1 },
          next = function(s)
            if s.trust >= 45 and s.facts.pain then return "won_small" end
            return "stalled"
          end,
          coach = "An open question that starts over: she already gave you "
            .. "her problems, and a fresh, general question at the half hour "
            .. "tells her you didn't keep them." },
        { id = "late_auditors",
          text = {
            "Before you go: you mentioned the auditors weren't happy. What "
              .. "were they unhappy about?",
            "One thing before you go. The auditors weren't happy, you said. "
              .. "What about?",
          },
          when = function(s) return not s.facts.pain end,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4 },
          reveal = { "pain" },
          reply = "She hesitates. 'Freight accruals, mostly. Which brings us to "
            .. "the invoices.'",
          next = "pain",
          coach = "Active listening, sensing stage, a little late: you went "
            .. "back to the hint she dropped about the auditors, and it "
            .. "leads straight to her problem." },
        { id = "send_summary",
          text = {
            "Why don't I send you a short summary and a few ideas, and we "
              .. "find time next month?",
            "I'll write up a short summary with a few ideas, and we can find "
              .. "time next month.",
          },
          skills = { empathy = 1, listening = 1 },
          next = function(s)
            if s.trust >= 45 and s.facts.pain then return "won_small" end
            return "stalled"
          end,
          coach = "Empathy without problem-solving: she liked the call, but "
            .. "there's no cost on the record and no reason to act this "
            .. "quarter. Friendly wins small, slow deals, if any." },
      },
    },

    ----------------------------------------------------------------------
    -- The pushy track: one chance to recover, then the door closes.
    ----------------------------------------------------------------------
    pitch_pushback = {
      say = function(s)
        if s.patience <= 25 then
          return "I'm going to stop you. You have about two minutes of my "
            .. "attention left."
        end
        if s.facts.pain then
          return "I tell you what's wrong, and you go straight to your product. "
            .. "Every vendor does that."
        end
        return "Every vendor tells me what their software does. Not one of them "
          .. "has asked what my problem is."
      end,
      choices = {
        { id = "sorry_intent",
          text = {
            "I'm sorry, that really wasn't my intention at all. I only wanted "
              .. "to show you what's possible for a team like yours, because "
              .. "you deserve better than what you've been sold before.",
            "I apologise if it came across that way; you're right to be "
              .. "wary. I only meant to show you what's possible for your team, "
              .. "and how quickly you'd see it.",
          },
          skills = { empathy = 1 },
          state = { patience = -5 },
          reply = "'I know what's possible,' she says. 'Everyone shows me.'",
          next = "brushoff",
          coach = "An apology that explains instead of changing course: "
            .. "polite, but you defended the pitch and still asked nothing "
            .. "about her." },
        { id = "give_price",
          text = {
            "Fair enough. Would it save you time if I just gave you the "
              .. "pricing now?",
            "Understood. Would it be easier for you if I skipped to the "
              .. "pricing?",
          },
          skills = { pushing = 2 },
          state = { trust = -2, patience = -10 },
          reply = "'Sure,' she says. 'Why not.'",
          next = "price_talk",
          coach = "Transactional pushing, skipping to price: it sounds "
            .. "respectful of her time, but with no problem to measure it "
            .. "against, any number looks like a cost." },
        { id = "start_over",
          text = {
            "You're right, I got ahead of myself. Can I start again and ask "
              .. "how your team handles freight invoices?",
            "That's fair, and it's on me. Let me start again: how does your "
              .. "team handle freight invoices today?",
            "That's fair. Let me start again, with how your team handles "
              .. "freight invoices today.",
          },
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 8 },
          reply = "She studies you for a second. 'Fine. One more try.'",
          next = "situation",
          coach = "Empathy and a recovery: you owned the mistake and "
            .. "switched to a SPIN situation question. Humility buys a "
            .. "second chance, not a clean slate." },
        { id = "double_down",
          text = {
            "I hear you, but the numbers speak for themselves. Let me walk "
              .. "you through a case study.",
            "I understand. The numbers make the case better than I can; let "
              .. "me walk you through one client's results.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -20 },
          reply = "She doesn't stop you. She just stops listening.",
          next = "brushoff",
          coach = "Transactional pushing: you talked over her objection "
            .. "instead of hearing it. More pitch is the opposite of what "
            .. "she asked for." },
      },
    },

    price_talk = {
      say = "Go on, then. What does it cost?",
      choices = {
        { id = "quote_price",
          text = {
            "It starts at fifty-six thousand a year. We can do a bit better "
              .. "on a three-year term.",
            "Fifty-six thousand a year to start, and noticeably less per "
              .. "year if you take a three-year term, which is what most of our "
              .. "finance clients choose.",
          },
          skills = { pushing = 2 },
          state = { trust = -4, patience = -10 },
          reply = "'Send that in an email,' she says.",
          next = "brushoff",
          coach = "Transactional pushing: the number, then an upsell to a "
            .. "longer term before she knows what she'd be buying." },
        { id = "plain_answer",
          once = true,
          text = {
            "Around fifty-five thousand a year at your volume. Whether that's "
              .. "worth it depends on what the disputes cost you, and I don't "
              .. "know that yet.",
            "About fifty-five thousand a year for your size. I can't tell you "
              .. "if that's a good price until I know what your freight "
              .. "problems cost.",
            "Fifty-five thousand a year, roughly. Whether that's worth it "
              .. "depends on what your disputes cost.",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reply = "She raises an eyebrow. 'A straight answer. All right: what "
            .. "do you need to know?'",
          next = function(s)
            if s.facts.pain then return "pain" end
            return "situation"
          end,
          coach = "A straight answer to a straight question, and an honest "
            .. "caveat that turns the talk back to her problem: a price "
            .. "means nothing until the problem has one." },
        { id = "reframe_price",
          text = {
            "I'll tell you, but a number won't mean much until we know what "
              .. "your freight problems cost you. Can I ask two questions "
              .. "first?",
            "I will, I promise, but honestly a price means very little before "
              .. "we both know what your freight problems cost you each year. "
              .. "Could I ask you two quick questions first?",
          },
          skills = { listening = 1, problem_solving = 1 },
          state = { trust = -2, patience = -5 },
          reply = "'You're dodging,' she says. 'That's what I thought.'",
          next = "brushoff",
          coach = "Reframing price as value is sound, but she asked a "
            .. "straight question and a refusal to quote sounds like a "
            .. "tactic. Say the number, then tie it to value." },
        { id = "discount_now",
          text = {
            "List is fifty-six thousand a year, but if you sign this month "
              .. "I'll take twenty-five percent off.",
            "Fifty-six thousand list, and if you can sign this month I can "
              .. "take a quarter off that.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, patience = -15 },
          reply = "'So it's really forty-two,' she says. 'Or less, if I wait.'",
          next = "brushoff",
          coach = "Discounting to close: transactional pushing that teaches "
            .. "her your price is soft and that waiting pays." },
      },
    },

    brushoff = {
      say = "Send me something in writing. If it's interesting, I'll call you.",
      choices = {
        { id = "biggest_carrier",
          text = {
            "Happy to. So what I send's relevant to you and isn't generic, "
              .. "which of your carriers do you spend the most with, and on "
              .. "which lanes?",
            "Of course. To make sure it's written for you and isn't for "
              .. "everyone, which carrier's your biggest, and roughly how many "
              .. "loads a month?",
          },
          skills = { listening = 1 },
          next = function(s)
            if s.trust >= 20 then return "stalled" end
            return "lost"
          end,
          coach = "A narrow situation question after a brush-off: it keeps "
            .. "the paperwork going without asking anything that would make "
            .. "what you send worth reading." },
        { id = "honest_reset",
          text = {
            "I will. But I'd rather send you something useful than something "
              .. "generic, so tell me: what's the one freight problem you'd fix "
              .. "first, if you could fix only one?",
            "I will, and I'd like it to be useful: tell me the one freight "
              .. "problem you'd fix first if you could.",
            "I will. What's the one thing you'd fix first?",
          },
          once = true,
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "pain" },
          reply = function(s)
            if s.patience >= 25 then
              return "She pauses, then answers despite herself."
            end
            return "'Honestly? I'm out of time,' she says."
          end,
          next = function(s)
            if s.patience >= 25 then return "pain" end
            return "stalled"
          end,
          coach = "Active listening, responding stage: a late, honest open "
            .. "question. It can reopen the call if she has any patience "
            .. "left." },
        { id = "send_it",
          text = {
            "Will do. I'll follow up on Tuesday.",
            "Of course. I'll send it today, and I'll follow up Tuesday if "
              .. "that's all right.",
          },
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 20 then return "stalled" end
            return "lost"
          end,
          coach = "Passive, no listening: accepting the brush-off. A "
            .. "follow-up with nothing new to say usually goes unanswered." },
        { id = "keep_pushing",
          text = {
            "Can I just take two more minutes and show you the dashboard?",
            "Would two more minutes on the dashboard change your mind?",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -20 },
          next = "lost_hangup",
          coach = "Transactional pushing at its worst: talking over a clear "
            .. "no. She ends the call." },
      },
    },
  },

  endings = {
    won_big = {
      say = "Two weeks later, Anselm's team runs last quarter's invoices through "
        .. "Clearpath and finds $71,000 in overbilling, including eleven invoices "
        .. "paid twice. Renee signs a three-year agreement for all carriers "
        .. "before September 30, from budget that would have lapsed, and asks you "
        .. "to present the results to her audit committee.",
      outcome = { result = "won", deal_value = 168000, days_to_close = 30 },
    },
    won_pilot = {
      say = "Renee signs a one-year contract for her ten largest carriers. "
        .. "It takes two months, a security review and three more calls, and she "
        .. "wants to see how it goes before talking about the rest.",
      outcome = { result = "won", deal_value = 48000, days_to_close = 60 },
    },
    won_small = {
      say = function(s)
        local line = "Four months later, Renee agrees to a paid ninety-day pilot "
          .. "on two carriers."
        if s.facts.impact then
          return line .. " The cost was on the table, but she never trusted "
            .. "the fix enough to hurry."
        end
        return line .. " She liked every call, but nobody ever put a number on "
          .. "the problem, so nobody was in a hurry."
      end,
      outcome = { result = "won", deal_value = 12000, days_to_close = 120 },
    },
    stalled = {
      say = "Renee says she'll think about it. Your follow-up emails get polite, "
        .. "short replies, then none. On September 30 the budget lapses, unspent.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Renee thanks you for your time. A week later her assistant writes "
        .. "that they've decided to keep their current process.",
      outcome = { result = "lost" },
    },
    lost_hangup = {
      say = "'No,' Renee says. 'Thanks for your time.' "
        .. "The line goes quiet, and she doesn't take your next call.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test discovery-call`.
  tests = {
    { name = "the trusted advisor closes the big deal fast",
      path = { "earn_agenda", "where_breaks", "cost_of_it", "notice_before",
               "ask_proof", "ask_budget", "budget_fit", "ask_decision",
               "involve_marcus", "ask_timeline", "summarize", "payoff_q",
               "propose_proof" },
      ending = "won_big", min = { overall = 95, trust = 75 },
      max = { transactional_pushing = 0 },
      facts = { "pain", "impact", "history", "budget", "decision", "timeline" } },
    { name = "pitching and pushing gets you hung up on",
      path = { "pitch_features", "double_down", "keep_pushing" },
      ending = "lost_hangup", max = { overall = 10, relationship_quality = 10 } },
    { name = "a merely friendly call wins only a small, slow deal",
      path = { "thank_warmly", "sympathy", "keep_listening", "send_summary" },
      ending = "won_small", max = { relationship_quality = 60 } },
    { name = "one discount on the best path costs the big deal",
      path = { "earn_agenda", "where_breaks", "cost_of_it", "notice_before",
               "ask_proof", "ask_budget", "discount", "ask_decision",
               "involve_marcus", "ask_timeline", "summarize", "payoff_q",
               "propose_proof" },
      ending = "won_pilot" },
    { name = "the summary stays locked until the impact is known",
      path = { "earn_agenda", "where_breaks", "feel_it" },
      offered = { "ask_cost" }, not_offered = { "summarize" } },
    { name = "a summary with the wrong priority costs the big deal",
      path = { "earn_agenda", "where_breaks", "cost_of_it", "notice_before",
               "ask_proof", "ask_budget", "budget_fit", "ask_decision",
               "involve_marcus", "ask_timeline", "wrong_summary",
               "propose_proof" },
      ending = "won_pilot" },
    { name = "a misheard number costs trust",
      path = { "earn_agenda", "where_breaks", "misheard" },
      max = { trust = 45 }, offered = { "notice_before" } },
    { name = "dodging her straight price question costs trust",
      path = { "earn_agenda", "where_breaks", "cost_of_it", "notice_before",
               "ask_proof", "ask_budget", "deflect_price" },
      max = { trust = 75 }, not_offered = { "ask_budget" } },
  },
}
