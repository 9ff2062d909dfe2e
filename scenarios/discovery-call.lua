-- discovery-call.lua: rapport's default training scenario.
--
-- A first discovery call with a skeptical CFO whose team loses days every
-- month to freight invoice disputes.  The trusted-advisor path (empathy,
-- listening and insight into her problem) wins a large deal quickly; a
-- merely friendly path wins a small, slow one; pushing stalls or loses.
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

return scenario {
  id = "discovery-call",
  title = "Discovery call with a skeptical CFO",
  module = "discovery",
  difficulty = "beginner",
  version = "1.0",
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
      .. "not to people who flatter or push.",
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
    decision = "Renee can sign up to $250K herself, but her controller, Marcus "
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
        { id = "earn_agenda",
          text = "Fair enough. I won't pitch you anything today. Could I ask how "
            .. "freight invoices move through your team now? If there's nothing "
            .. "worth fixing, I'll tell you.",
          question = true,
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reply = "She leans back a little. 'That's a first. All right, ask.'",
          next = "situation",
          coach = "Upfront agenda plus a SPIN situation question: you "
            .. "respected her time, promised not to pitch, and asked about "
            .. "her world before yours." },
        { id = "thank_warmly",
          text = "I really appreciate you making the time. Sounds like your inbox "
            .. "is full of people like me. How's the year been for you?",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5, patience = -5 },
          reply = "'Long,' she says.",
          next = "small_talk",
          coach = "Empathy without direction: you acknowledged her inbox, "
            .. "but a general how's-the-year question spends her fifteen "
            .. "minutes on chat. Friendly is a start, not a plan." },
        { id = "pitch_features",
          text = "We audit every carrier invoice against your contract rates "
            .. "automatically. Our clients save four to seven percent of freight "
            .. "spend in the first year.",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -20 },
          reply = "'Everyone has a percentage,' she says. 'Yours is bigger than "
            .. "most.'",
          next = "pitch_pushback",
          coach = "Transactional pushing: a feature pitch and a borrowed "
            .. "statistic before you know whether she even has the problem. "
            .. "She hears a vendor, not a partner." },
        { id = "book_demo",
          text = "The easiest way to see it is a demo. Could we get thirty minutes "
            .. "with your AP team next week?",
          skills = { pushing = 2 },
          state = { trust = -8, patience = -15 },
          reply = "'You want more of my time before you've used this bit of it.'",
          next = "pitch_pushback",
          coach = "Transactional pushing: asking for a demo before any "
            .. "discovery is a commitment she has no reason to give yet." },
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
        { id = "where_breaks",
          text = "When an invoice doesn't match the rate sheet, what happens next?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 8 },
          reveal = { "pain" },
          reply = "She almost laughs. 'Then it's a dispute. We have a lot of "
            .. "disputes.'",
          next = "pain",
          coach = "A SPIN problem question: you went straight to where her "
            .. "process breaks, and she starts telling you what actually "
            .. "hurts." },
        { id = "sounds_hard",
          text = "Thirty carriers, each with its own rate sheet. That sounds like "
            .. "a lot to keep straight.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reveal = { "pain" },
          reply = "'You have no idea,' she says, and keeps going.",
          next = "venting",
          coach = "Active listening, responding stage: a warm reflection "
            .. "that lets her vent. Good for trust, but it steers nowhere, "
            .. "so you'll hear her frustration, not what it costs." },
        { id = "pitch_match",
          text = "Our software does that matching automatically. Most clients cut "
            .. "AP time in half.",
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
        -- Back here after she has already described it (via a pitch detour).
        if s.chose.we_fix_that or s.chose.cost_of_it or s.chose.feel_it
           or s.chose.vent_cost or s.chose.keep_listening or s.chose.me_too
           or s.chose.jump_pitch then
          return "You already know the problem. Carriers bill us off-contract, "
            .. "and my team spends days every month fighting it. Ask what you "
            .. "want to ask."
        end
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
        { id = "cost_of_it",
          text = "When a charge slips through, or gets paid twice, what does that "
            .. "add up to over a year?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 8 },
          reveal = { "impact" },
          reply = "She pauses. 'Nobody's asked me to put a number on it. Give me "
            .. "a second.'",
          next = "impact",
          coach = "A SPIN implication question: you turned a nuisance into a "
            .. "cost she can see. The size of the deal comes from this "
            .. "moment." },
        { id = "feel_it",
          text = "Three days a month fighting the same fights. That has to wear "
            .. "your team down.",
          requires = { "pain" },
          skills = { empathy = 2, listening = 2 },
          state = { trust = 6 },
          reply = "'It does,' she says. 'My controller takes every one of them "
            .. "personally.'",
          next = "hub",
          coach = "Active listening, responding stage: you reflected the "
            .. "three days and the frustration behind them. Good, but you "
            .. "didn't ask what it costs, so she still sees a nuisance, not "
            .. "a business case." },
        { id = "we_fix_that",
          text = "That's exactly what we catch. Every surcharge gets checked before "
            .. "you pay it.",
          once = true,
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
        { id = "notice_before",
          text = "You said 'before.' It sounds like a project like this has "
            .. "burned you. What happened?",
          skills = { empathy = 2, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reveal = { "history" },
          reply = "She's quiet for a moment. 'Since you asked.'",
          next = "burned",
          coach = "Active listening, sensing stage: you caught the word "
            .. "'before' and asked about it. Surfacing her doubt now beats "
            .. "meeting it as an objection at the close." },
        { id = "roi_model",
          text = "Four hundred thousand is real money. We usually recover most of "
            .. "it. Shall I build you an ROI model?",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -5, patience = -15 },
          reply = "'The last vendor built me an ROI model too,' she says.",
          next = after_impact,
          coach = "Transactional pushing dressed as problem-solving: you "
            .. "grabbed her number for your pitch and missed the doubt she "
            .. "just voiced." },
        { id = "thats_a_lot",
          text = "That's a lot to carry. I'm sorry, that sounds really frustrating.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 3 },
          reply = "'It is what it is,' she says.",
          next = after_impact,
          coach = "Empathy without sensing: kind, but you missed the word "
            .. "'before', her hint that she has already been burned once." },
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
        { id = "ask_proof",
          text = "That's fair. Before you sign anything, what would you need to "
            .. "see to know this one is different?",
          skills = { empathy = 2, listening = 1, problem_solving = 2 },
          state = { trust = 10 },
          reply = "She nods slowly. 'Proof on our own invoices. Not a demo with "
            .. "made-up data.'",
          next = "hub",
          coach = "Empathy plus problem-solving: you treated her caution as "
            .. "reasonable and turned it into her decision criteria (the D "
            .. "in MEDDIC): proof on her own invoices." },
        { id = "defend",
          text = "I understand, but we're nothing like them. Our implementations "
            .. "take six weeks.",
          skills = { pushing = 1 },
          state = { trust = -4, patience = -12 },
          reply = "'That's what they said,' she says.",
          next = "hub",
          coach = "Defending instead of exploring, a light form of pushing: "
            .. "you answered her experience with a claim she has heard "
            .. "before, and her objection still stands." },
        { id = "wary_too",
          text = "After a year like that, I'd be wary too.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 4 },
          reply = "'Thank you,' she says. She doesn't sound any less wary.",
          next = "hub",
          coach = "Empathy without a next step: she feels understood, but "
            .. "her objection is still standing between her and any "
            .. "decision." },
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
        { id = "ask_cost",
          text = "Have you ever put a number on what those disputes cost you in "
            .. "a year?",
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
        { id = "ask_budget",
          text = "If this turned out to be worth fixing, is there money for it "
            .. "this year, or would it compete with other projects?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "budget" },
          next = "budget_talk",
          coach = "MEDDIC, budget: a plain question about money, asked after "
            .. "the problem and not before it." },
        { id = "ask_decision",
          text = "Besides you, who would need to be on board to change how AP "
            .. "works?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "decision" },
          next = "decision_talk",
          coach = "MEDDIC, decision process and champion: you asked who else "
            .. "decides before they can surprise you." },
        { id = "ask_timeline",
          text = "Is there a date that makes this more urgent, like a close or an "
            .. "audit?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "timeline" },
          reply = "'Year-end,' she says. 'The auditors flagged our freight "
            .. "accruals last December. I'd rather not have that conversation "
            .. "twice.'",
          next = "hub",
          coach = "MEDDIC, timeline: you found the date that makes this "
            .. "urgent for her, not for your quarter." },
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
              .. ". Is that fair?"
          end,
          requires = { "pain", "impact" },
          unavailable = "You don't yet know what the disputes cost her. "
            .. "Ask before you summarize.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 6 },
          next = "need_payoff",
          coach = "Active listening, processing stage: you tied her lost "
            .. "days, her dollars and her worries into one summary and "
            .. "checked it with her. She hears that you were listening." },
        { id = "wrap_up",
          text = "I've taken enough of your time. Can I send you a proposal and "
            .. "follow up next week?",
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
        .. "goes back. Nobody has brought me anything worth spending it on.",
      choices = {
        { id = "budget_fit",
          text = "So the question isn't whether you can afford it. Against three "
            .. "or four hundred thousand a year, how fast would it need to pay "
            .. "back?",
          requires = { "impact" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4 },
          reply = "'Inside a year,' she says. 'Preferably inside this one.'",
          next = "hub",
          coach = "Active listening, processing stage: you tied her budget "
            .. "to the cost she named earlier, so price becomes a question "
            .. "of payback, not discount." },
        { id = "budget_thanks",
          text = "That's helpful, thank you. It sounds like you've been careful "
            .. "with it.",
          skills = { empathy = 1, listening = 1 },
          state = { trust = 2 },
          reply = "'Somebody has to be,' she says.",
          next = "hub",
          coach = "Polite, but the processing stage of listening is missing: "
            .. "you didn't link the money to the cost she described, so the "
            .. "budget stays abstract." },
        { id = "discount",
          text = "If you can commit before September 30, I can take twenty "
            .. "percent off.",
          skills = { pushing = 3 },
          state = { trust = -8, patience = -15 },
          reply = "'You don't know what you're selling me yet,' she says. 'So you "
            .. "can't know what it's worth.'",
          next = "hub",
          coach = "Transactional pushing, discounting: a price cut before "
            .. "she agrees there is value tells her your price was padded." },
      },
    },

    decision_talk = {
      say = "I can sign up to two hundred fifty thousand myself. But Marcus Lee, "
        .. "my controller, runs AP. If he doesn't want it, it dies in his "
        .. "department like the last one did. And IT will want a security review.",
      choices = {
        { id = "involve_marcus",
          text = "Then Marcus should shape this, not just receive it. What if we "
            .. "tested it on his real disputed invoices, with him picking which "
            .. "ones?",
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reply = "For the first time, she smiles. 'He'd like that. He'd like "
            .. "picking the hardest ones even more.'",
          next = "hub",
          coach = "Problem-solving with empathy: you used the lesson of her "
            .. "last project to make her controller a champion instead of a "
            .. "blocker (the C in MEDDIC)." },
        { id = "skip_marcus",
          text = "Since you can sign it yourself, we could keep it simple and get "
            .. "started this month.",
          skills = { pushing = 2 },
          state = { trust = -8, patience = -15 },
          reply = "'That's exactly how the last one went,' she says.",
          next = "hub",
          coach = "Transactional pushing: going around the person who has to "
            .. "live with the tool repeats the mistake she just described." },
        { id = "cc_marcus",
          text = "Got it. I'll make sure Marcus gets a copy of our materials too.",
          skills = { listening = 1 },
          reply = "'He gets plenty of materials,' she says.",
          next = "hub",
          coach = "Listening without problem-solving: you heard the name but "
            .. "made a broadcast, not a plan. Marcus needs a say in the "
            .. "decision, not another brochure." },
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
        { id = "payoff_q",
          text = function(s)
            local who = s.facts.decision and "you and Marcus" or "you and your team"
            return "If disputes took hours instead of days, and your freight "
              .. "accruals were real numbers, what would that change for "
              .. who .. "?"
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reply = "'My team gets three days a month back. I get a year-end close "
            .. "I don't have to apologize for.' She says it slowly, as if hearing "
            .. "it for the first time.",
          next = "next_steps",
          coach = "A SPIN need-payoff question: she describes the value in "
            .. "her own words, which persuades her more than any number you "
            .. "could quote." },
        { id = "propose_now",
          text = "Great. Let me send a three-year contract today so we can get "
            .. "started.",
          skills = { pushing = 3 },
          state = { trust = -6, patience = -15 },
          reply = "'Slow down,' she says. 'I agreed on the problem, not on you.'",
          next = "next_steps",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem, not the solution. In large sales, Rackham found "
            .. "closing techniques didn't predict success." },
        { id = "thank_open",
          text = "Thank you for being so open with me. I know that wasn't easy to "
            .. "talk about.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 3 },
          reply = "'It wasn't,' she says. 'So, what now?'",
          next = "next_steps",
          coach = "Sincere empathy, but no SPIN need-payoff question: she "
            .. "never says out loud what solving this would be worth to her." },
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
        { id = "propose_proof",
          text = function(s)
            local who = s.facts.decision and ", with Marcus choosing the carriers"
              or ""
            return "Let's prove it on your own data: a two-week audit of last "
              .. "quarter's invoices" .. who .. ". If it doesn't find more than "
              .. "it costs, you walk away."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_proof,
          coach = "Problem-solving, the trusted-advisor close: a low-risk "
            .. "next step built from what she told you: proof on her own "
            .. "invoices, the people who decide, and the value she put into "
            .. "words." },
        { id = "her_call",
          text = "What would you like the next step to be?",
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 60 and s.facts.impact then return "won_pilot" end
            if s.trust >= 45 and s.facts.pain then return "won_small" end
            return "stalled"
          end,
          coach = "Listening, but passive: handing the next step back to a "
            .. "busy CFO leaves your deal to her calendar." },
        { id = "sign_friday",
          text = "I can have the contract over today. Can you sign by Friday?",
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 70 and s.facts.impact then return "won_small" end
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: you asked for a "
            .. "signature before she has seen proof on her own invoices, the "
            .. "one thing she said she needs." },
        { id = "send_deck",
          text = "I'll send our deck and a couple of case studies, and check in "
            .. "next week.",
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 50 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional and passive: a deck is what every other "
            .. "vendor sent her, and it gives her nothing to decide." },
      },
    },

    ----------------------------------------------------------------------
    -- The friendly track: pleasant, and going nowhere unless you steer.
    ----------------------------------------------------------------------
    small_talk = {
      say = "We replaced half our truck fleet, the auditors weren't happy with "
        .. "us, and my controller threatens to quit about once a month.",
      choices = {
        { id = "pick_up_auditors",
          text = "Unhappy auditors and a controller at the end of his rope. Is any "
            .. "of that about freight?",
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
          text = "New trucks! That's a big project. How did the drivers take it?",
          skills = { empathy = 2 },
          state = { trust = 2, patience = -5 },
          reply = "'Fine,' she says, and checks her watch.",
          next = "friendly_wrap",
          coach = "Empathy, but off track: you chased the easiest thread and "
            .. "left the two hints about her problem, the auditors and the "
            .. "controller, on the table." },
        { id = "sympathy",
          text = "That's a lot at once. It sounds exhausting.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 6, patience = -5 },
          reveal = { "pain" },
          reply = "'It is,' she says. 'And the worst of it is freight.'",
          next = "venting",
          coach = "Empathy, responding stage: you acknowledged the weight "
            .. "she's carrying. Warm, and she opens up, but you asked about "
            .. "none of it." },
        { id = "auditors_pitch",
          text = "Auditors are exactly where we help. Our platform makes your "
            .. "freight data audit-ready.",
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
        .. "Marcus, my controller, takes every one of them personally.",
      choices = {
        { id = "vent_cost",
          text = "Days every month, plus invoices paid twice. Have you ever added "
            .. "up what that costs you in a year?",
          requires = { "pain" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 8 },
          reveal = { "impact" },
          reply = "She stops. 'No. Nobody has asked me that. Let me think.'",
          next = "impact",
          coach = "A SPIN implication question: you took what she vented and "
            .. "sized it, turning sympathy into a business case." },
        { id = "keep_listening",
          text = "That sounds maddening. How is Marcus holding up through all of "
            .. "it?",
          skills = { empathy = 2, listening = 2 },
          state = { trust = 6, patience = -5 },
          reply = "She talks about Marcus for a while. It's a nice conversation. "
            .. "The clock keeps running.",
          next = "friendly_wrap",
          coach = "Active listening, but in circles: she feels heard, yet "
            .. "nothing you ask moves toward cost, budget or a decision." },
        { id = "me_too",
          text = "I hear that from a lot of finance leaders. Honestly, it's why I "
            .. "took this job.",
          skills = { empathy = 1 },
          state = { patience = -5 },
          reply = "'Mm,' she says.",
          next = "friendly_wrap",
          coach = "A listening lapse, making it about you: relating is "
            .. "human, but you took the floor just as she was opening up." },
        { id = "jump_pitch",
          text = "We fix exactly that. Can I show you how?",
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
        { id = "late_cost",
          text = "Before you go: those disputes. Roughly what do they cost you in "
            .. "a year?",
          requires = { "pain" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 4 },
          reveal = { "impact" },
          reply = "She hesitates. 'That's a fair question. Give me two minutes.'",
          next = "impact",
          coach = "A SPIN implication question, asked late: it rescues a "
            .. "pleasant chat by giving her a reason to act." },
        { id = "late_auditors",
          text = "Before you go: you mentioned the auditors weren't happy. What "
            .. "were they unhappy about?",
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
          text = "Why don't I send you a short summary and a few ideas, and we "
            .. "find time next month?",
          skills = { empathy = 1, listening = 1 },
          next = function(s)
            if s.trust >= 45 and s.facts.pain then return "won_small" end
            return "stalled"
          end,
          coach = "Empathy without problem-solving: she liked the call, but "
            .. "there's no cost on the record and no reason to act this "
            .. "quarter. Friendly wins small, slow deals, if any." },
        { id = "demo_thursday",
          text = "Great! Can we lock in a demo with Marcus for Thursday?",
          skills = { pushing = 2 },
          next = function(s)
            if s.trust >= 50 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing: a demo request to end a call that "
            .. "never found a problem. She has nothing to show Marcus, so no "
            .. "reason to say yes." },
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
        { id = "start_over",
          text = "You're right, I got ahead of myself. Can I start again and ask "
            .. "how your team handles freight invoices today?",
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 8 },
          reply = "She studies you for a second. 'Fine. One more try.'",
          next = "situation",
          coach = "Empathy and a recovery: you owned the mistake and "
            .. "switched to a SPIN situation question. Humility buys a "
            .. "second chance, not a clean slate." },
        { id = "double_down",
          text = "I hear you, but the numbers speak for themselves. Let me walk "
            .. "you through a case study.",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -20 },
          reply = "She doesn't stop you. She just stops listening.",
          next = "brushoff",
          coach = "Transactional pushing: you talked over her objection "
            .. "instead of hearing it. More pitch is the opposite of what "
            .. "she asked for." },
        { id = "give_price",
          text = "Fair enough. Would it help if I just gave you pricing?",
          skills = { pushing = 2 },
          state = { trust = -2, patience = -10 },
          reply = "'Sure,' she says. 'Why not.'",
          next = "price_talk",
          coach = "Transactional pushing, skipping to price: it sounds "
            .. "respectful of her time, but with no problem to measure it "
            .. "against, any number looks like a cost." },
      },
    },

    price_talk = {
      say = "Go on, then. What does it cost?",
      choices = {
        { id = "reframe_price",
          text = "I'll tell you, but a number won't mean much until we know what "
            .. "your freight problems cost you. Can I ask two questions first?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Two,' she says. 'Go.'",
          next = function(s)
            if s.facts.pain then return "pain" end
            return "situation"
          end,
          coach = "Problem-solving, reframing price as value: you declined "
            .. "to quote into a vacuum and asked to understand her problem "
            .. "first, a step back to SPIN." },
        { id = "quote_price",
          text = "It starts at fifty-six thousand a year. We can do a bit better on "
            .. "a three-year term.",
          skills = { pushing = 2 },
          state = { trust = -4, patience = -10 },
          reply = "'Send that in an email,' she says.",
          next = "brushoff",
          coach = "Transactional pushing, quoting before value: the price is "
            .. "all she'll remember, with nothing to weigh it against." },
        { id = "discount_now",
          text = "List is fifty-six thousand a year, but if you sign this month "
            .. "I'll take twenty-five percent off.",
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
        { id = "honest_reset",
          text = "I will. But I'd rather send you something useful. What's the one "
            .. "freight problem you'd fix first if you could?",
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
          text = "Will do. I'll follow up on Tuesday.",
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 20 then return "stalled" end
            return "lost"
          end,
          coach = "Passive, no listening: accepting the brush-off. A "
            .. "follow-up with nothing new to say usually goes unanswered." },
        { id = "keep_pushing",
          text = "Can I just take two more minutes and show you the dashboard?",
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
      say = "Two weeks later, Marcus's team runs last quarter's invoices through "
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
  },
}
