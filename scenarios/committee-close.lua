-- committee-close.lua: closing through a champion, with a committee behind her.
--
-- Dana Okafor runs customer support at Ledgerly, a payroll software company.
-- Her team loved the trial; now the purchase has to get past a skeptical
-- CFO, an IT security review and procurement before the fiscal year ends.
-- The trainee wins by helping Dana sell it inside Ledgerly: mapping who
-- decides and what each of them needs, arming her with a business case, and
-- working with security and procurement instead of around them.  Pushing for
-- a quick signature stalls in procurement or loses to the cheap bundle.
--
-- Hidden meters: trust (Dana's trust in you) and confidence (how ready she
-- feels to carry the case inside her company).  Every pushy move costs
-- confidence, and the multi-year deal needs nearly all of it, so no pushy
-- path reaches it.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- The trusted-advisor close: a three-year deal if Dana is armed and every
-- gate was opened; otherwise what trust and the business case can carry.
local function close_three_year(s)
  if s.trust >= 75 and s.confidence >= 80
     and known(s, "metrics", "cfo", "security", "procurement") then
    return "won_big"
  elseif s.trust >= 55 and s.confidence >= 35 and known(s, "metrics", "cfo") then
    return "won_year"
  elseif s.trust >= 35 then
    return "won_team"
  elseif s.trust >= 20 then
    return "stalled"
  end
  return "lost"
end

-- Handing the structure back to Dana: a one-year deal at best, and only
-- when she is armed well enough to carry it.
local function close_her_way(s)
  if s.trust >= 55 and s.confidence >= 35 and s.facts.metrics then
    return "won_year"
  end
  if s.trust >= 35 then return "won_team" end
  if s.trust >= 20 then return "stalled" end
  return "lost"
end

return scenario {
  id = "committee-close",
  title = "Closing with a committee: help your champion sell it",
  module = "closing",
  difficulty = "advanced",
  version = "1.0",
  minutes = 14,
  currency = "USD",
  brief = "Dana Okafor runs customer support at Ledgerly, a payroll software "
    .. "company with 160 support agents. Twenty of them just finished a "
    .. "30-day trial of Relay, your support platform, and Dana wants it for "
    .. "everyone. Before Ledgerly's fiscal year ends on January 31, the "
    .. "purchase has to get past the CFO, an IT security review and "
    .. "procurement. Find out who decides and what each of them needs, and "
    .. "help Dana win the case inside her own company.",
  prospect = {
    name = "Dana Okafor",
    role = "Head of Customer Support",
    company = "Ledgerly",
    persona = "Earnest, data-minded and protective of her team. Her CFO "
      .. "turned down her last budget request in four minutes, and she does "
      .. "not want a second 'no'. She backs vendors who make her look "
      .. "prepared, and she notices when someone tries to go around her.",
  },

  state = {
    trust = { start = 50, min = 0, max = 100 },
    confidence = { start = 10, min = 0, max = 100 },
  },

  facts = {
    process = "Dana can sign up to $50K herself. Above that, Greg Halvorsen "
      .. "(CFO) approves, Priya Shah in IT security must clear any vendor that "
      .. "touches customer data, and Luis Ortega in procurement runs the "
      .. "contract.",
    cfo = "Greg froze headcount this year. New spending has to pay back "
      .. "within twelve months, and he hates surprise renewals: he would "
      .. "rather lock a price for three years.",
    rival = "Ledgerly's current help-desk vendor has offered Greg an AI "
      .. "add-on at about a third of Relay's price, bundled into their renewal. "
      .. "Nobody at Ledgerly has tested it.",
    metrics = "In the trial, first-response time fell from nine hours to two "
      .. "and the help center answered 14% of tickets on its own. Across 160 "
      .. "agents that is about the work of six full-time agents, roughly "
      .. "$390K a year.",
    security = "Ledgerly's tickets contain bank account and Social Security "
      .. "numbers. Priya needs a SOC 2 Type II report, automatic redaction of "
      .. "those fields and data kept in the US.",
    procurement = "Contracts over $100K need three bids or a sole-source "
      .. "justification, and legal needs ten business days. Unspent budget "
      .. "lapses on January 31.",
    stake = "In the spring Greg turned down Dana's request for six more "
      .. "agents in four minutes. She is nervous about asking him for money "
      .. "again.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The call after the trial: Dana is sold. Now, who else has to be?
    ----------------------------------------------------------------------
    opening = {
      say = "The trial numbers came in this morning, and my team doesn't want "
        .. "to give it back. I want Relay for all 160 agents. So... what do we "
        .. "do now?",
      choices = {
        { id = "celebrate",
          text = "That's great news. Your team did the hard work in that trial; "
            .. "you should be proud of them.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "She smiles. 'I am. They earned it.'",
          next = "after_cheer",
          coach = "Empathy: you shared her win and credited her team. Warm, "
            .. "but her question was what happens next, and you haven't "
            .. "asked." },
        { id = "who_decides",
          text = "That's great to hear. Before we talk paperwork, how does a "
            .. "purchase like this get approved at Ledgerly? Who else has a say?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 8 },
          reveal = { "process" },
          reply = "'Good question,' she says. 'I can sign up to fifty thousand. "
            .. "Above that it's Greg, our CFO. Then Priya in IT security, and "
            .. "Luis in procurement runs the contract.'",
          next = "map",
          coach = "MEDDIC, decision process: a champion's enthusiasm is not "
            .. "a purchase. You asked who else decides before anyone could "
            .. "surprise you." },
        { id = "send_contract",
          text = "Fantastic. I'll send the order form for 160 seats today. If "
            .. "you can sign by Friday, I can hold this quarter's pricing.",
          skills = { pushing = 3 },
          state = { trust = -8, confidence = -10 },
          next = "push_reply",
          coach = "Transactional pushing, a premature close: you asked a "
            .. "champion to sign something she can't sign, before you know "
            .. "who can." },
        { id = "go_around",
          text = "Great. Who signs off on something this size? I'd like to set "
            .. "up time with them directly and walk them through the ROI.",
          skills = { pushing = 2 },
          state = { trust = -12, confidence = -10 },
          next = "cool_dana",
          coach = "Going around the champion, a form of transactional "
            .. "pushing: you asked for her boss's calendar in the same breath "
            .. "as her thanks. She hears that her part is done." },
      },
    },

    after_cheer = {
      say = "Honestly, the trial was the easy part. Getting it past Greg is "
        .. "what keeps me up at night.",
      choices = {
        { id = "keeps_up",
          text = "What about Greg keeps you up?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 8 },
          reveal = { "stake" },
          reply = "She hesitates. 'In the spring I asked him for six more "
            .. "agents. He said no in about four minutes.'",
          next = "dana_worry",
          coach = "Active listening, sensing stage: you caught the worry "
            .. "under 'keeps me up' and asked about it instead of moving on." },
        { id = "who_else",
          text = "Besides Greg, who else has to say yes before we can start?",
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "process" },
          reply = "'Priya in IT security, and Luis in procurement runs the "
            .. "contract. Greg signs anything over fifty thousand.'",
          next = "map",
          coach = "MEDDIC, decision process: a good question, though you "
            .. "stepped past the worry she just voiced about Greg." },
        { id = "greg_easy",
          text = "With numbers like yours, I'm sure Greg will sign off fast. "
            .. "Shall I send the order form over today?",
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -10 },
          next = "push_reply",
          coach = "Transactional pushing: you brushed off her worry and "
            .. "reached for a signature. She told you Greg was the hard part." },
      },
    },

    dana_worry = {
      say = "I don't want to walk into his office and get the same four "
        .. "minutes. If this dies, my team goes back to nine-hour response "
        .. "times, and I look like I can't read a budget.",
      choices = {
        { id = "arm_her",
          text = "Then let's make sure you walk in with an answer to everything "
            .. "he asked last time. What did he push back on?",
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 8, confidence = 10 },
          reveal = { "process" },
          reply = "'Cost and payback. And he said security and procurement would "
            .. "take months anyway.' She sits up. 'Priya and Luis. I should "
            .. "talk to them first this time.'",
          next = "map",
          coach = "Empathy turned into help: you took her fear seriously and "
            .. "made it a plan, which is what a champion needs from you." },
        { id = "sorry_dana",
          text = "That sounds rough. It's hard to go back to someone who already "
            .. "said no.",
          skills = { empathy = 3 },
          state = { trust = 6 },
          reveal = { "process" },
          reply = "'It is.' She lists them on her fingers: 'Greg, then Priya in "
            .. "security, then Luis in procurement.'",
          next = "map",
          coach = "Empathy, responding stage: she feels understood, but "
            .. "sympathy alone leaves her just as unprepared for Greg." },
        { id = "handle_greg",
          text = "Then let me handle Greg. I'll ask him for a meeting myself.",
          skills = { pushing = 2 },
          state = { trust = -10, confidence = -15 },
          reveal = { "process" },
          reply = "A pause. 'He'll ask why his head of support couldn't bring "
            .. "it herself. And there's still Priya and Luis.'",
          next = "map",
          coach = "Going around the champion: it sounds helpful, but it "
            .. "tells Greg she can't carry her own proposal, and it takes her "
            .. "out of the deal she started." },
      },
    },

    push_reply = {
      say = "Whoa. I can sign up to fifty thousand. A hundred sixty seats goes "
        .. "to Greg, our CFO, and then through IT security and procurement.",
      choices = {
        { id = "slow_down",
          text = "Sorry, I got ahead of myself. Can you walk me through each of "
            .. "them?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "process" },
          reply = "'Greg signs, Priya in security clears vendors, Luis in "
            .. "procurement runs the contract,' she says, a little warier.",
          next = "map",
          coach = "A recovery with empathy and a decision-process question: "
            .. "you owned the rush and asked how her company really buys." },
        { id = "sign_forty",
          text = "Then let's start with what you can sign: forty seats this "
            .. "week, and add the rest later.",
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -10 },
          reveal = { "process" },
          reply = "'I'd rather do this properly,' she says. 'Greg, Priya in "
            .. "security, Luis in procurement. Let's start there.'",
          next = "map",
          coach = "Transactional pushing: shrinking the deal to fit her "
            .. "signing limit gets a signature, not the 160 seats she asked "
            .. "for." },
        { id = "pricing_clock",
          text = "Understood. Just so you know, this pricing only holds through "
            .. "the end of the quarter.",
          skills = { pushing = 3 },
          state = { trust = -10, confidence = -10 },
          reveal = { "process" },
          reply = "'Then it'll have to hold a while,' she says. 'Greg, Priya "
            .. "and Luis all get a say.'",
          next = "map",
          coach = "Transactional pushing, a pressure deadline: your quarter "
            .. "is not her problem, and she now has to explain your deadline "
            .. "to three colleagues." },
      },
    },

    cool_dana = {
      say = "I'd rather take it to Greg myself. He trusts his own people more "
        .. "than vendors. No offense.",
      choices = {
        { id = "own_it",
          text = "None taken, and you're right. How would you like to run it, "
            .. "and who else will weigh in?",
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 8 },
          reveal = { "process" },
          reply = "She relaxes a little. 'Greg signs. Priya in IT security "
            .. "clears vendors, and Luis in procurement runs the contract.'",
          next = "map",
          coach = "Empathy and a recovery: you handed the lead back to her "
            .. "and asked how her company decides." },
        { id = "insist",
          text = "In my experience CFOs prefer to hear the numbers from the "
            .. "vendor.",
          skills = { pushing = 2 },
          state = { trust = -10, confidence = -10 },
          reveal = { "process" },
          reply = "'Not this one,' she says flatly. 'And after Greg there's "
            .. "Priya in security and Luis in procurement.'",
          next = "map",
          coach = "Transactional pushing: you argued with your champion "
            .. "about her own CFO. She knows Greg; you don't." },
        { id = "order_form",
          text = "Okay. I'll send you the order form to forward to him.",
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reveal = { "process" },
          reply = "'It'll need Priya in security and Luis in procurement "
            .. "too,' she says.",
          next = "map",
          coach = "Passive pushing: an order form gives Dana paperwork, not "
            .. "a case. Greg will ask questions it can't answer." },
      },
    },

    ----------------------------------------------------------------------
    -- The map: who decides, and what each of them needs.
    ----------------------------------------------------------------------
    map = {
      say = function(s)
        local asked = s.chose.ask_greg or s.chose.ask_numbers
          or s.chose.ask_priya or s.chose.ask_luis
        if asked then
          if s.trust >= 70 then return "This is helping. What else?" end
          return "What else do you need?"
        end
        if s.trust >= 60 then
          return "So that's the cast. Greg is the one I'm worried about. Where "
            .. "do you want to start?"
        end
        return "That's who decides. What do you need from me?"
      end,
      choices = {
        { id = "ask_greg",
          text = "What does Greg look for when he approves spending like this?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "cfo" },
          next = "greg_talk",
          coach = "MEDDIC, economic buyer: you asked what the person who "
            .. "signs actually weighs, so the case can answer him." },
        { id = "ask_numbers",
          text = "Which of your trial numbers do you think will land with Greg?",
          once = true,
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 3, confidence = 5 },
          reveal = { "metrics" },
          reply = "She pulls up her dashboard. 'First response went from nine "
            .. "hours to two. The help center answered fourteen percent of "
            .. "tickets by itself. At 160 agents, that's about the six people "
            .. "Greg wouldn't let me hire.'",
          next = "map",
          coach = "MEDDIC, metrics: her own numbers, in her words, are the "
            .. "business case. A vendor's averages never beat the buyer's "
            .. "trial." },
        { id = "ask_priya",
          text = "What will Priya's team need from us, given what's in your "
            .. "tickets?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "security" },
          reply = "'Bank account and Social Security numbers end up in tickets "
            .. "all the time. She'll want your SOC 2 report, redaction of those "
            .. "fields, and data kept in the US.'",
          next = "map",
          coach = "MEDDIC, decision criteria: you found the security "
            .. "reviewer's real concern now, not when her questionnaire "
            .. "lands." },
        { id = "ask_luis",
          text = "How does procurement work here, and what's the calendar?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "procurement" },
          reply = "'Over a hundred thousand needs three bids or a sole-source "
            .. "justification. Legal takes ten business days. And the budget "
            .. "lapses on January 31.'",
          next = "map",
          coach = "MEDDIC, decision process: procurement's rules and the "
            .. "fiscal calendar decide when a deal can close, whatever anyone "
            .. "wants." },
        { id = "build_case",
          text = "I think we have enough. Let's turn it into the one page you "
            .. "take to Greg.",
          requires = { "metrics", "cfo" },
          unavailable = "You don't know yet what Greg weighs or what Dana's "
            .. "trial showed. Ask before you build the case.",
          skills = { listening = 1, problem_solving = 2 },
          reply = "'Yes. Let's.'",
          next = "prep",
          coach = "Problem-solving: you moved from questions to helping your "
            .. "champion make her case, once you knew what it needed." },
        { id = "send_deck",
          text = "I'll send you our standard deck and ROI calculator to share "
            .. "with Greg.",
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reply = "'Sure,' she says. 'I'll see what I can do with it.'",
          next = "cfo_meeting",
          coach = "Transactional and passive: a generic deck is what every "
            .. "vendor sends. It leaves Dana alone with Greg's questions." },
      },
    },

    greg_talk = {
      say = "Greg froze headcount this year. Anything new has to pay back "
        .. "inside twelve months, and he hates surprise renewals. He'd rather "
        .. "lock a price for three years than get a twenty percent bump next "
        .. "spring.",
      choices = {
        { id = "ask_rival",
          text = "Is anyone else putting something like this in front of him?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "rival" },
          reply = "'Our help-desk vendor. They've offered him an AI add-on for "
            .. "about a third of your price, bundled into our renewal. Nobody's "
            .. "tested it.'",
          next = "map",
          coach = "MEDDIC, competition: you found what Greg will compare you "
            .. "with before he raised it in the meeting." },
        { id = "under_pressure",
          text = "Sounds like he's under a lot of pressure himself this year.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 3 },
          reply = "'Everyone is,' she says.",
          next = "map",
          coach = "Empathy for the economic buyer: fair, but you left his "
            .. "alternatives unexplored." },
        { id = "lock_pitch",
          text = "Perfect, we do three-year deals all the time. I'll draft one "
            .. "this afternoon.",
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -15 },
          reply = "'Let's not get ahead of Greg,' she says.",
          next = "map",
          coach = "Transactional pushing: you heard 'three years' and "
            .. "reached for a contract, when she was telling you what her "
            .. "CFO needs to be convinced." },
      },
    },

    ----------------------------------------------------------------------
    -- Arming the champion.
    ----------------------------------------------------------------------
    prep = {
      say = function(s)
        if s.facts.stake then
          return "Greg gave me fifteen minutes on Thursday. You know how the "
            .. "last fifteen minutes went."
        end
        return "Greg gave me fifteen minutes on Thursday. I'll be honest, I'm "
          .. "dreading it a little."
      end,
      choices = {
        { id = "why_dread",
          text = "You sound uneasy about Thursday. What happened the last time "
            .. "you asked Greg for something?",
          when = function(s) return not s.facts.stake end,
          skills = { empathy = 2, listening = 2 },
          state = { trust = 6, confidence = 5 },
          reveal = { "stake" },
          reply = "'Six more agents, last spring. He said no in four minutes. "
            .. "Cost and payback, he said.'",
          next = "case",
          coach = "Active listening, sensing stage, and empathy: you heard "
            .. "the dread under 'a little' and let her name it, so the case "
            .. "can answer last spring's objections." },
        { id = "last_time",
          text = "Then this time let's have an answer ready for everything he "
            .. "asked last time.",
          requires = { "stake" },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 4, confidence = 5 },
          reply = "'Cost and payback,' she says. 'That's what he asked.'",
          next = "case",
          coach = "Active listening, processing stage: you tied her story "
            .. "about last spring to the meeting ahead." },
        { id = "got_this",
          text = "You'll be great. The trial speaks for itself.",
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'I hope so,' she says.",
          next = "case",
          coach = "Empathy without listening: reassurance is kind, but it "
            .. "skips past what she's worried about." },
        { id = "i_present",
          text = "Why don't I present on Thursday? I do these pitches every week.",
          skills = { pushing = 2 },
          state = { trust = -8, confidence = -15 },
          reply = "'If you want,' she says, and her voice goes flat.",
          next = "cfo_meeting",
          coach = "Going around the champion: you took her meeting. Greg "
            .. "now hears a vendor pitch instead of his own manager's case." },
      },
    },

    case = {
      say = "So what do I bring him? One page, he said. He won't read two.",
      choices = {
        { id = "arm_case",
          text = function(s)
            local hires = s.facts.stake and "the six hires he turned down"
              or "six full-time agents"
            return "Your trial numbers against " .. hires .. ": about $390K "
              .. "a year of work, paid back inside twelve months, and a "
              .. "three-year price lock so he never gets a surprise renewal. "
              .. "You present it. I'll be there for product questions."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 8, confidence = 20 },
          reply = "She writes fast. 'He can't wave that away in four minutes.'",
          next = "cfo_meeting",
          coach = "Problem-solving, arming the champion: a business case "
            .. "built from her numbers and Greg's own criteria, with Dana "
            .. "out front." },
        { id = "roi_kit",
          text = "I'll send you our ROI calculator and two case studies to "
            .. "attach.",
          skills = { problem_solving = 1 },
          state = { confidence = 5 },
          reply = "'Okay,' she says. 'He doesn't read attachments, but okay.'",
          next = "cfo_meeting",
          coach = "Weak problem-solving: generic material instead of her "
            .. "own numbers. Greg trusts his people's data more than your "
            .. "case studies." },
        { id = "show_dashboard",
          text = "Just show him the trial dashboard. The numbers speak for "
            .. "themselves.",
          skills = { empathy = 1, listening = 1 },
          state = { trust = 2 },
          reply = "'He's a CFO. Numbers don't speak to him unless they're in "
            .. "dollars.'",
          next = "cfo_meeting",
          coach = "Friendly but unfocused: you trusted the data to sell "
            .. "itself and left the translation into dollars to her." },
        { id = "discount_bait",
          text = "Tell him if he signs by the 31st, I'll take twenty percent "
            .. "off. CFOs love a discount.",
          skills = { pushing = 3 },
          state = { trust = -8, confidence = -15 },
          reply = "'He'll just ask why it wasn't that price to begin with.'",
          next = "cfo_meeting",
          coach = "Transactional pushing, discounting: a price cut before "
            .. "the value is agreed tells a CFO your price was padded." },
      },
    },

    ----------------------------------------------------------------------
    -- The CFO meeting: Dana leads, if she can.
    ----------------------------------------------------------------------
    cfo_meeting = {
      say = function(s)
        local rival = "our help-desk vendor will add their AI to our renewal "
          .. "for a third of your price. Why would we pay more?"
        if s.chose.i_present then
          return "Thanks for presenting. Greg has one question for you: "
            .. rival
        elseif s.confidence >= 50 then
          return "Greg has read my page twice. He's asking what I expected: "
            .. rival
        end
        return "I couldn't find the dollar figure fast enough, and Greg moved "
          .. "on. He wants to know what I do too: " .. rival
      end,
      choices = {
        { id = "let_dana",
          text = "Dana, do you want to show Greg what your agents saw in the "
            .. "trial? Then I'll explain how to test their add-on the same way.",
          requires = { "rival", "metrics" },
          unavailable = "You didn't know what Greg was comparing you with. "
            .. "Ask Dana who else is in front of him.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 8, confidence = 10 },
          reply = function(s)
            if s.confidence >= 50 then
              return "Dana doesn't need the slides. 'Nine hours to two,' she "
                .. "says. 'Theirs hasn't been tested on a single ticket of "
                .. "ours.' Greg nods slowly."
            end
            return "Dana finds the numbers after a moment. Greg listens, "
              .. "unconvinced but listening."
          end,
          next = "cfo_risk",
          coach = "Champion-led problem-solving: you knew the comparison "
            .. "was coming, let Dana answer with her own evidence, and "
            .. "offered a fair test instead of attacking the rival." },
        { id = "fair_test",
          text = "Fair question. Test their add-on the way Dana tested us: same "
            .. "tickets, same month. If it matches her numbers, buy theirs.",
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 5, confidence = 5 },
          reply = "Greg raises an eyebrow. 'Confident.'",
          next = "cfo_risk",
          coach = "Problem-solving: you turned a price objection into a "
            .. "test on his data, though you spoke over your champion to do "
            .. "it." },
        { id = "greg_needs",
          text = "What would you need to see to know the cheaper one gets you "
            .. "the same results?",
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "rival" },
          reply = "'I'd need to see it on our tickets,' he admits. 'Nobody has "
            .. "tested theirs.'",
          next = "cfo_risk",
          coach = "A clarifying question to the economic buyer: good, but "
            .. "late. Dana could have told you about the bundle before this "
            .. "meeting." },
        { id = "match_price",
          text = "We'll match their price if you sign this month.",
          skills = { pushing = 3 },
          state = { trust = -12, confidence = -15 },
          reply = "Greg looks at Dana, then back at you. 'So your price was "
            .. "never your price.'",
          next = function(s)
            if s.trust < 50 then return "lost" end
            return "cfo_risk"
          end,
          coach = "Transactional pushing, price-matching: you taught the CFO "
            .. "that your price is negotiable and your value is the same as "
            .. "a bundle nobody has tested." },
      },
    },

    cfo_risk = {
      say = "One more from Greg: he's paid for plenty of software his people "
        .. "never used. What happens if that's this?",
      choices = {
        { id = "gated_rollout",
          text = "Then you shouldn't pay for it. Roll it out team by team, and "
            .. "each team has to hit Dana's trial numbers before the next one "
            .. "starts.",
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, confidence = 5 },
          reply = "Greg writes something down. Dana looks relieved.",
          next = "security",
          coach = "Problem-solving: you answered his risk with a structure "
            .. "that limits it, built on his champion's own benchmark." },
        { id = "dana_knows",
          text = "Dana knows her team best. Dana, what would it take for them "
            .. "to use it every day?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 8, confidence = 5 },
          reply = "'They already are,' Dana says. 'The twenty in the trial "
            .. "won't give it back.' Greg almost smiles.",
          next = "security",
          coach = "Champion-led listening: you gave the answer to the person "
            .. "Greg trusts most on adoption, his own manager." },
        { id = "shelfware_fair",
          text = "That's a fair worry. Nobody wants shelfware.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 2 },
          reply = "'No,' Greg says, and waits for the rest of the answer.",
          next = "security",
          coach = "Empathy without an answer: you agreed with his worry and "
            .. "stopped there." },
        { id = "guarantee",
          text = "We guarantee adoption, or your money back.",
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -15 },
          reply = "'Put that in writing,' Greg says, in a tone that means he "
            .. "doesn't believe it.",
          next = "security",
          coach = "Transactional pushing, overpromising: a guarantee you "
            .. "can't define sounds like a sales line to a CFO." },
      },
    },

    ----------------------------------------------------------------------
    -- Security and procurement: gates to work with, not around.
    ----------------------------------------------------------------------
    security = {
      say = function(s)
        local greg = "Greg hasn't decided yet. Meanwhile, "
        if s.confidence >= 50 then greg = "Greg's in, pending security. " end
        if s.facts.security then
          return greg .. "Priya's questionnaire just came: 180 questions and "
            .. "a note that says, 'Tickets here contain bank and Social "
            .. "Security numbers. I need to see where they go.'"
        end
        return greg .. "Priya Shah in IT sent a 180-question security "
          .. "questionnaire. I should warn you, these can take a month."
      end,
      choices = {
        { id = "security_session",
          text = "Could we get an hour with Priya and our security lead this "
            .. "week? We'll bring the SOC 2 Type II report and show redaction "
            .. "on her own sample tickets.",
          requires = { "security" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, confidence = 15 },
          reply = "Priya accepts within the hour. 'Finally, a vendor who read "
            .. "my note.'",
          next = "procurement",
          coach = "Problem-solving: because you asked about security early, "
            .. "you could answer the reviewer's real concern directly instead "
            .. "of through 180 answers." },
        { id = "priya_worry",
          text = "Before we answer 180 questions blind, what worries Priya "
            .. "most?",
          when = function(s) return not s.facts.security end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "security" },
          reply = "'Bank and Social Security numbers in tickets,' Dana says. "
            .. "'She'll want to see redaction. Her calendar is full until "
            .. "after the 20th.'",
          next = "procurement",
          coach = "A good question, asked late: the security reviewer's "
            .. "concern is clear now, but her calendar isn't yours to move." },
        { id = "turnaround",
          text = "We'll turn it around in two days. We've passed dozens of "
            .. "these.",
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reply = "Priya's reply comes a week later, with twenty follow-up "
            .. "questions.",
          next = "procurement",
          coach = "Speed over substance, a mild form of pushing: fast "
            .. "answers to the wrong questions earn follow-up questions." },
        { id = "fast_track",
          text = "Dana, could Greg ask Priya to fast-track this? It's the only "
            .. "thing holding us up.",
          skills = { pushing = 3 },
          state = { trust = -10, confidence = -15 },
          reply = "Dana winces. 'That will make Priya look twice as hard.'",
          next = "procurement",
          coach = "Transactional pushing, escalating over a reviewer: you "
            .. "asked your champion to spend her CFO's goodwill to rush the "
            .. "one person who can still say no." },
      },
    },

    procurement = {
      say = function(s)
        if s.facts.procurement then
          return "And Luis wrote from procurement, like I said he would: three "
            .. "bids or a sole-source justification, and ten business days for "
            .. "legal."
        end
        return "And Luis in procurement wrote. Anything over a hundred "
          .. "thousand needs three bids or a sole-source justification, legal "
          .. "takes ten business days, and our budget lapses on January 31. "
          .. "It's already the 12th."
      end,
      choices = {
        { id = "sole_source",
          text = "Dana, let's write the sole-source justification together from "
            .. "your trial numbers. I'll send our contract to Luis's legal "
            .. "team today so their ten days start now.",
          requires = { "procurement", "metrics" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, confidence = 15 },
          reply = "Luis replies: 'This is the cleanest file I've had all year.'",
          next = "close",
          coach = "Problem-solving that respects procurement: you worked "
            .. "inside Luis's rules and started the legal clock early." },
        { id = "luis_easy",
          text = "Could we get fifteen minutes with Luis to ask what makes a "
            .. "contract easy for him to approve?",
          when = function(s) return not s.facts.procurement end,
          skills = { empathy = 1, listening = 2 },
          state = { trust = 3 },
          reveal = { "procurement" },
          reply = "Luis is friendly and very busy. He can see you on the 19th.",
          next = "close",
          coach = "Respectful, but late: a question for procurement that "
            .. "should have come in the first call, before the calendar got "
            .. "tight." },
        { id = "waive_bids",
          text = "Can't Greg just waive the three bids?",
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -15 },
          reply = "Dana sighs. 'Luis would never forgive either of us.'",
          next = function(s)
            if s.trust < 45 then return "stalled" end
            return "close"
          end,
          coach = "Transactional pushing: going over procurement's head "
            .. "makes an enemy of the one person who controls the calendar." },
        { id = "friday_discount",
          text = "Tell Luis we'll take fifteen percent off if it's signed by "
            .. "Friday.",
          skills = { pushing = 3 },
          state = { trust = -8, confidence = -15 },
          reply = "Luis writes back: 'Our process takes what it takes. Noted on "
            .. "the discount.'",
          next = function(s)
            if s.trust < 45 then return "stalled" end
            return "close"
          end,
          coach = "Transactional pushing: a deadline discount can't shorten "
            .. "legal review; it only lowers your price." },
      },
    },

    ----------------------------------------------------------------------
    -- The close: structure the deal Greg said he wanted.
    ----------------------------------------------------------------------
    close = {
      say = function(s)
        if s.trust >= 60 and s.confidence >= 60 then
          return "Greg says yes if the paperwork is clean, and Luis wants "
            .. "final terms by Monday. How should we put it?"
        elseif s.trust >= 45 then
          return "Greg hasn't said no, and Luis wants terms by Monday. What "
            .. "are we proposing?"
        end
        return "Greg still has questions, and Luis wants terms. What exactly "
          .. "are you proposing?"
      end,
      choices = {
        { id = "three_year",
          text = "Three years, all 160 agents, price locked, rolled out team by "
            .. "team so Greg pays as each team goes live. You pick which team "
            .. "goes first.",
          requires = { "cfo" },
          unavailable = "You never asked what Greg wants to see on paper.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_three_year,
          coach = "Problem-solving, the trusted-advisor close: a structure "
            .. "built from what each decider told you: Greg's price lock and "
            .. "payback, Dana's rollout and her name on it." },
        { id = "her_terms",
          text = "What would you and Greg be most comfortable with?",
          skills = { empathy = 1, listening = 2 },
          next = close_her_way,
          coach = "Listening, but passive at the close: a champion needs a "
            .. "proposal to carry, not another question." },
        { id = "one_year",
          text = "Let's keep it simple: one year for all 160 agents, and we "
            .. "revisit at renewal.",
          skills = { problem_solving = 1 },
          next = close_her_way,
          coach = "Simple, but it ignores what Greg told you he wants: no "
            .. "surprise renewals. A one-year term hands him one." },
        { id = "sign_today",
          text = "Let's get it signed today. I can hold fifteen percent off "
            .. "through Friday.",
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 45 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: Ledgerly can't sign "
            .. "faster than its own process, and a discount deadline tells "
            .. "Greg the bundle might be the better deal." },
      },
    },
  },

  endings = {
    won_big = {
      say = "Nineteen days after Dana's first call, Greg signs a three-year "
        .. "agreement for all 160 agents, the first team goes live the next "
        .. "Monday, and Priya asks to use your redaction demo in her own "
        .. "training. Dana presents the first month's numbers to the "
        .. "leadership team herself.",
      outcome = { result = "won", deal_value = 432000, days_to_close = 21 },
    },
    won_year = {
      say = "Greg approves a one-year contract for all 160 agents. It takes "
        .. "two months, a second round of security questions and a February "
        .. "budget request, and the renewal conversation starts the day it's "
        .. "signed.",
      outcome = { result = "won", deal_value = 144000, days_to_close = 65 },
    },
    won_team = {
      say = "The full rollout never gets through Greg. In April Dana signs "
        .. "forty seats under her own fifty-thousand-dollar limit, and the "
        .. "other 120 agents keep the old tools.",
      outcome = { result = "won", deal_value = 36000, days_to_close = 100 },
    },
    stalled = {
      say = "The contract sits in Luis's queue behind the security review. "
        .. "January 31 comes and goes, the budget lapses, and Dana stops "
        .. "answering the subject line.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Greg renews with the help-desk vendor and takes their AI add-on "
        .. "in the bundle. Dana sends a kind note: 'I really wanted this one.'",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test committee-close`.
  tests = {
    { name = "helping the champion sell it wins three years, fast",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "ask_priya", "ask_luis", "build_case", "why_dread", "arm_case",
               "let_dana", "gated_rollout", "security_session", "sole_source",
               "three_year" },
      ending = "won_big", min = { overall = 90, trust = 75, confidence = 80 },
      max = { transactional_pushing = 0 },
      facts = { "process", "cfo", "rival", "metrics", "security",
                "procurement", "stake" } },
    { name = "pushing for the signature at every gate loses to the bundle",
      path = { "send_contract", "pricing_clock", "send_deck", "match_price" },
      ending = "lost", max = { overall = 15 } },
    { name = "one hard close at the end of a perfect run stalls in procurement",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "ask_priya", "ask_luis", "build_case", "why_dread", "arm_case",
               "let_dana", "gated_rollout", "security_session", "sole_source",
               "sign_today" },
      ending = "stalled" },
    { name = "skipping security and procurement questions costs the multi-year deal",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "build_case", "why_dread", "arm_case", "let_dana",
               "gated_rollout", "priya_worry", "luis_easy", "three_year" },
      ending = "won_year" },
    { name = "taking Dana's meeting away from her costs the multi-year deal",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "ask_priya", "ask_luis", "build_case", "i_present", "let_dana",
               "gated_rollout", "security_session", "sole_source",
               "three_year" },
      ending = "won_year" },
    { name = "a warm but unfocused champion call wins only her own budget",
      path = { "celebrate", "keeps_up", "sorry_dana", "send_deck",
               "fair_test", "shelfware_fair", "priya_worry", "luis_easy",
               "her_terms" },
      ending = "won_team" },
    { name = "good questions without arming Dana win only forty seats",
      path = { "who_decides", "ask_greg", "under_pressure", "ask_numbers",
               "build_case", "got_this", "roi_kit", "fair_test",
               "shelfware_fair", "priya_worry", "luis_easy", "one_year" },
      ending = "won_team", max = { confidence = 34 } },
    { name = "the case can't be built before Greg's criteria and the numbers are known",
      path = { "who_decides", "ask_priya" },
      offered = { "ask_greg", "ask_numbers", "send_deck" },
      not_offered = { "build_case" } },
    { name = "letting Dana answer is locked until you know about the rival bundle",
      path = { "who_decides", "ask_greg", "under_pressure", "ask_numbers",
               "build_case", "why_dread", "arm_case" },
      offered = { "fair_test", "greg_needs" }, not_offered = { "let_dana" } },
  },
}
