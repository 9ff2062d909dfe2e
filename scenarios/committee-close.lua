-- committee-close.lua: closing through a champion, with a committee behind her.
--
-- Mirela Szabo runs customer support at Ledgerly, a payroll software company.
-- Her team loved the trial; now the purchase has to get past a skeptical
-- CFO, an IT security review and procurement before the fiscal year ends,
-- three months away.  The trainee wins by helping Mirela sell it inside
-- Ledgerly: mapping who decides and what each of them needs, teaching her
-- two things she does not yet see (who the CFO will really compare Relay
-- with, and that committee deals die in security and legal, not in the CFO's
-- office), arming her with a business case, and working with security and
-- procurement instead of around them.  Pushing for a quick signature stalls
-- in procurement or loses to the incumbent's bundle.
--
-- Sources the coach notes lean on: MEDDIC (economic buyer, decision process,
-- decision criteria, champion); SPIN (Rackham: in large sales, closing
-- techniques don't predict success, and a champion needs a case, not
-- pressure); The Challenger Sale (Dixon & Adamson: teach an insight that
-- reframes the customer's problem, tailor it to each stakeholder, trade a
-- concession, never give it); active empathetic listening (Drollinger:
-- sensing, processing, responding).  Merely agreeable moves are kind and
-- weak here: sympathy that leaves Mirela unprepared is not the best path.
--
-- Hidden meters: trust (Mirela's trust in you) and confidence (how ready she
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

-- The trusted-advisor close: a three-year deal if Mirela is armed and every
-- gate was opened early; otherwise what trust and the business case carry.
local function close_three_year(s)
  if s.trust >= 75 and s.confidence >= 80 and not s.chose.wait_queue
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

-- Handing the structure back to Mirela, or a plain one-year term: a one-year
-- deal at best, and only when she is armed well enough to carry it.
local function close_her_way(s)
  if s.trust >= 55 and s.confidence >= 35 and s.facts.metrics then
    return "won_year"
  end
  if s.trust >= 35 then return "won_team" end
  if s.trust >= 20 then return "stalled" end
  return "lost"
end

-- A pushy move late in the deal: Ledgerly's process absorbs it, or not.
local function survives(s)
  if s.trust < 45 then return "stalled" end
  return "close"
end

return scenario {
  id = "committee-close",
  title = "Closing with a committee: help your champion sell it",
  module = "closing",
  difficulty = "advanced",
  version = "2.0",
  minutes = 15,
  currency = "USD",
  brief = "Mirela Szabo runs customer support at Ledgerly, a payroll software "
    .. "company with 160 support agents. Twenty of them just finished a "
    .. "30-day trial of Relay, your support platform, and Mirela wants it for "
    .. "everyone. It is late October. Before Ledgerly's fiscal year ends on "
    .. "January 31, the purchase has to get past the CFO, an IT security "
    .. "review and procurement. Find out who decides and what each of them "
    .. "needs, and help Mirela win the case inside her own company.",
  prospect = {
    name = "Mirela Szabo",
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
    process = "Mirela can sign up to $50K herself. Above that, Ambrose "
      .. "Kettering (CFO) approves, Thandiwe Oduya in IT security must clear "
      .. "any vendor that touches customer data, and Casimir Wrobel in "
      .. "procurement runs the contract.",
    cfo = "Ambrose froze headcount this year. New spending has to pay back "
      .. "within twelve months, and he hates surprise renewals: he would "
      .. "rather lock a price for three years.",
    rival = "Ledgerly's current help-desk vendor has offered Ambrose an AI "
      .. "add-on at about a third of Relay's price, bundled into their renewal. "
      .. "Nobody at Ledgerly has tested it.",
    metrics = "In the trial, first-response time fell from nine hours to two "
      .. "and the help center answered 14% of tickets on its own. Across 160 "
      .. "agents that is about the work of six full-time agents, roughly "
      .. "$390K a year.",
    security = "Ledgerly's tickets contain bank account and Social Security "
      .. "numbers. Thandiwe needs a SOC 2 Type II report, automatic redaction "
      .. "of those fields and data kept in the US.",
    procurement = "Contracts over $100K need three bids or a sole-source "
      .. "justification, and legal needs ten business days. Unspent budget "
      .. "lapses on January 31.",
    stake = "In the spring Ambrose turned down Mirela's request for six more "
      .. "agents in four minutes, on cost and payback. She is nervous about "
      .. "asking him for money again.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The call after the trial: Mirela is sold. Now, who else has to be?
    ----------------------------------------------------------------------
    opening = {
      say = "The trial numbers came in this morning, and my team doesn't want "
        .. "to give it back. I want Relay for all 160 agents. So... what do we "
        .. "do now?",
      choices = {
        { id = "celebrate",
          text = {
            "Congratulations. A team that won't give the trial back is "
              .. "the best review there is.",
            "A team that doesn't want to give the trial back has already "
              .. "made half your case. Congratulations to them, and to you; "
              .. "that's hard to get.",
          },
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "She smiles. 'They earned it.'",
          next = "after_cheer",
          coach = "Empathy, responding stage (AELS): you shared her win. Warm, "
            .. "but her question was what happens next, and you haven't "
            .. "answered or asked." },
        { id = "agents_liked",
          text = {
            "Which part of Relay did your agents use most in the thirty "
              .. "days?",
            "What did the agents like most about it? I'd love to hear "
              .. "which parts of Relay made the difference for them, in their "
              .. "own words.",
          },
          skills = { listening = 1 },
          state = { trust = 2 },
          reveal = { "process" },
          reply = "'The speed,' she says. 'But the trial was the easy part. "
            .. "Ambrose, our CFO, signs anything over fifty thousand, Thandiwe "
            .. "in IT security clears vendors, and Casimir runs the contract.'",
          next = "map",
          coach = "A fair question at the wrong moment: she asked what to do "
            .. "next, and you asked about the product she already loves." },
        { id = "who_decides",
          text = {
            "Who else has to say yes to a purchase this size at Ledgerly?",
            "Good. Before I send anything: how does Ledgerly approve a "
              .. "purchase this size, and who besides you has a say?",
            "Then let's plan it properly. Walk me through how a purchase "
              .. "this size gets approved at Ledgerly: who signs, who else has "
              .. "a say, and in what order?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 8, confidence = 5 },
          reveal = { "process" },
          reply = "'I can sign up to fifty thousand,' she says. 'Above that "
            .. "it's Ambrose, our CFO. Thandiwe in IT security clears any "
            .. "vendor that touches customer data, and Casimir in procurement "
            .. "runs the contract.'",
          next = "map",
          coach = "MEDDIC, decision process: a champion's enthusiasm is not "
            .. "a purchase. You asked who else decides before anyone could "
            .. "surprise you." },
        { id = "go_around",
          text = {
            "Would you like me to take the ROI straight to whoever signs?",
            "Would it save you a lot of running around if I set up time "
              .. "with whoever signs, and walked them through the ROI for you?",
          },
          skills = { pushing = 2 },
          state = { trust = -12, confidence = -10 },
          next = "cool_dana",
          coach = "Going around the champion, dressed as help: a polite "
            .. "question that asks for her boss's calendar. She hears that "
            .. "her part is done." },
        { id = "send_contract",
          text = {
            "Fantastic. I'll send the order form for 160 seats today, at "
              .. "this quarter's pricing.",
            "Then let's keep the momentum. I'll send the order form for "
              .. "all 160 seats today, and if it's back by Friday, you keep "
              .. "this quarter's pricing.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, confidence = -10 },
          next = "push_reply",
          coach = "Transactional pushing, a premature close (Rackham: closing "
            .. "techniques backfire in large sales): you asked a champion to "
            .. "sign something she can't sign, before you know who can." },
      },
    },

    after_cheer = {
      say = "Honestly, the trial was the easy part. Getting it past Ambrose is "
        .. "what keeps me up at night.",
      choices = {
        { id = "who_else",
          text = {
            "Besides Ambrose, who else has to say yes before anything "
              .. "starts?",
            "Before we get to Ambrose, who else has a say? I'd like the "
              .. "whole list of people who need to say yes before your agents "
              .. "can start.",
          },
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 4 },
          reveal = { "process" },
          reply = "'Thandiwe in IT security, and Casimir in procurement runs "
            .. "the contract. Ambrose signs anything over fifty thousand.'",
          next = "map",
          coach = "MEDDIC, decision process: a good question, though you "
            .. "stepped past the worry she just voiced about Ambrose." },
        { id = "greg_easy",
          text = {
            "Shall I send the order form today, so it's on Ambrose's desk "
              .. "when you see him?",
            "With results like these, Ambrose should be an easy yes. "
              .. "Would it help if I sent the order form over today, so it's "
              .. "waiting for him when you walk in?",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -10 },
          next = "push_reply",
          coach = "Transactional pushing, politely asked: you brushed off "
            .. "her worry and reached for a signature. She told you Ambrose "
            .. "was the hard part." },
        { id = "keeps_up",
          text = {
            "What is it about Ambrose that keeps you up? I'd like to "
              .. "understand that first.",
            "Tell me about Ambrose. Something in how you said that makes "
              .. "me think this isn't the first time you've had to get a yes "
              .. "out of him.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 8 },
          reveal = { "stake" },
          reply = "She hesitates. 'In the spring I asked him for six more "
            .. "agents. He said no in about four minutes.'",
          next = "dana_worry",
          coach = "Active listening, sensing stage (AELS): you caught the "
            .. "worry under 'keeps me up' and asked about it instead of "
            .. "moving on." },
        { id = "reassure",
          text = {
            "I wouldn't lose sleep over it. CFOs respect data, and you "
              .. "have plenty.",
            "You've honestly got nothing to worry about. The data is on "
              .. "your side, your team is behind you, and a CFO can't argue "
              .. "with results like these.",
          },
          skills = { empathy = 1 },
          state = { trust = 1 },
          reveal = { "process" },
          reply = "'I hope you're right. He's one of three, anyway: Thandiwe "
            .. "in security and Casimir in procurement get a say too.'",
          next = "map",
          coach = "Reassurance instead of listening: kind, and it waves away "
            .. "the one thing she told you she is afraid of." },
      },
    },

    dana_worry = {
      say = "I don't want to walk into his office and get the same four "
        .. "minutes. If this dies, my team goes back to the old queue, and I "
        .. "look like someone who can't read a budget.",
      choices = {
        { id = "sorry_dana",
          text = {
            "That sounds rough. It's hard to go back to someone who "
              .. "already said no.",
            "Four minutes, on a request you'd clearly thought hard about. "
              .. "That would make anyone nervous about walking back into his "
              .. "office.",
          },
          skills = { empathy = 3 },
          state = { trust = 6 },
          reveal = { "process" },
          reply = "'It is.' She lists them on her fingers: 'Ambrose, then "
            .. "Thandiwe in security, then Casimir in procurement.'",
          next = "map",
          coach = "Empathy, responding stage: she feels understood, but "
            .. "sympathy alone leaves her just as unprepared for Ambrose." },
        { id = "handle_greg",
          text = {
            "Then let me take Ambrose off your plate. I'll ask him for "
              .. "the meeting.",
            "Would it help if I asked Ambrose for the meeting myself, so "
              .. "you don't have to walk into that office alone this time?",
          },
          skills = { pushing = 2 },
          state = { trust = -10, confidence = -15 },
          reveal = { "process" },
          reply = "A pause. 'He'll ask why his head of support couldn't bring "
            .. "it herself. And there's still Thandiwe and Casimir.'",
          next = "map",
          coach = "Going around the champion: it sounds helpful, but it "
            .. "tells Ambrose she can't carry her own proposal, and it takes "
            .. "her out of the deal she started." },
        { id = "go_ceo",
          text = {
            "Then go to your CEO first. A CFO won't say no to the CEO's "
              .. "idea.",
            "Then don't start with him at all. Take it to your CEO first: "
              .. "it's much harder for a CFO to say no to something the CEO "
              .. "already likes.",
          },
          skills = { pushing = 1 },
          state = { trust = -6, confidence = -5 },
          reveal = { "process" },
          reply = "'And make an enemy of my CFO? No.' She lists who actually "
            .. "decides: Ambrose, Thandiwe in security, Casimir in procurement.",
          next = "map",
          coach = "A clever-sounding move aimed at the wrong problem: going "
            .. "over the CFO's head doesn't answer what sank her last "
            .. "request, and it costs her the relationship she needs." },
        { id = "arm_her",
          text = {
            "What did he push back on last time? That's what we answer "
              .. "first.",
            "Then this time you walk in with an answer to every question "
              .. "he asked in those four minutes, before he asks it. What did "
              .. "he push back on?",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 8, confidence = 10 },
          reveal = { "process" },
          reply = "'Cost and payback. And he said security and procurement "
            .. "would take months anyway.' She sits up. 'Thandiwe and Casimir. "
            .. "They'll have to be in this too.'",
          next = "map",
          coach = "Empathy turned into help: you took her fear seriously and "
            .. "made it a plan, which is what a champion needs from you." },
      },
    },

    push_reply = {
      say = "Whoa. I can sign up to fifty thousand. A hundred sixty seats goes "
        .. "to Ambrose, our CFO, and then through IT security and procurement.",
      choices = {
        { id = "sign_forty",
          text = {
            "Forty seats fits under your fifty thousand. Let's start with "
              .. "those.",
            "Then let's start with what you can sign yourself: forty "
              .. "seats this week, under your limit, and we add the other 120 "
              .. "once Ambrose is ready.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -10 },
          reveal = { "process" },
          reply = "'I'd rather do this properly,' she says. 'Ambrose, Thandiwe "
            .. "in security, Casimir in procurement. Let's start there.'",
          next = "map",
          coach = "Transactional pushing: shrinking the deal to fit her "
            .. "signing limit gets a signature, not the 160 seats she asked "
            .. "for." },
        { id = "slow_down",
          text = {
            "Sorry, I jumped ahead. Who are they, and what will each one "
              .. "need?",
            "Fair, I got ahead of myself. Tell me how each of them gets "
              .. "involved and what they'll care about, and I'll follow your "
              .. "lead from here.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "process" },
          reply = "'Ambrose signs, Thandiwe in security clears vendors, "
            .. "Casimir in procurement runs the contract,' she says, a little "
            .. "warier.",
          next = "map",
          coach = "A recovery with empathy and a decision-process question: "
            .. "you owned the rush and asked how her company really buys." },
        { id = "pricing_clock",
          text = {
            "Understood. The quarter's pricing won't wait for all three, "
              .. "though.",
            "Understood. Just so you know, this pricing only holds "
              .. "through the end of the quarter, so it's worth getting all "
              .. "three of them moving quickly.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, confidence = -10 },
          reveal = { "process" },
          reply = "'Then it'll have to wait,' she says.",
          next = "cooled",
          coach = "Transactional pushing, a pressure deadline: your quarter "
            .. "is not her problem, and she now has to explain your deadline "
            .. "to three colleagues." },
        { id = "ambrose_paper",
          text = {
            "Could I send the paperwork to Ambrose directly, to save you "
              .. "a step?",
            "Would it make things easier for you if I sent the paperwork "
              .. "straight to Ambrose, so you can focus on security and "
              .. "procurement?",
          },
          skills = { pushing = 2 },
          state = { trust = -8, confidence = -10 },
          reveal = { "process" },
          reply = "'I'd rather you didn't,' she says. 'He signs, Thandiwe in "
            .. "security clears you, Casimir runs the contract. Through me.'",
          next = "map",
          coach = "Going around the champion, politely: a you-centred "
            .. "question that still takes the deal out of her hands." },
      },
    },

    cool_dana = {
      say = "I'd rather take it to Ambrose myself. He trusts his own people "
        .. "more than vendors. No offense.",
      choices = {
        { id = "insist",
          text = {
            "Are you sure? Most CFOs would rather hear the numbers from "
              .. "the vendor.",
            "None taken, but in my experience CFOs actually prefer to "
              .. "hear the numbers from the vendor; it spares his own people "
              .. "the awkward questions.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, confidence = -10 },
          reveal = { "process" },
          reply = "'Not this one,' she says flatly. 'And after Ambrose there's "
            .. "Thandiwe in security and Casimir in procurement.'",
          next = "map",
          coach = "Transactional pushing: you argued with your champion "
            .. "about her own CFO. She knows Ambrose; you don't." },
        { id = "own_it",
          text = {
            "None taken. You lead with him on the purchase. Who else will "
              .. "weigh in?",
            "None taken, and you're right: he should hear it from his own "
              .. "people. Tell me who else will weigh in, and I'll work the "
              .. "deal to your plan.",
          },
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 8 },
          reveal = { "process" },
          reply = "She relaxes a little. 'Ambrose signs. Thandiwe in IT "
            .. "security clears vendors, and Casimir in procurement runs the "
            .. "contract.'",
          next = "map",
          coach = "Empathy and a recovery: you handed the lead back to her "
            .. "and asked how her company decides." },
        { id = "slides_offer",
          text = {
            "Of course. Would a few slides help you when you see him?",
            "Of course. When you take it to him, would you like me to "
              .. "write you a few talking points, so you're not carrying all "
              .. "of it on your own?",
          },
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reveal = { "process" },
          reply = "'Maybe,' she says. 'He'll be one of three, anyway: Thandiwe "
            .. "in security and Casimir in procurement too.'",
          next = "map",
          coach = "Passive pushing: slides are your material, not her case, "
            .. "and you still haven't asked who decides or what they need." },
        { id = "order_form",
          text = {
            "Okay. I'll send you the paperwork to forward to him.",
            "Okay, that's fair. I'll send you the order form tonight, so "
              .. "you can forward it to him with your own notes on top.",
          },
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reveal = { "process" },
          reply = "'It'll need Thandiwe in security and Casimir in "
            .. "procurement too,' she says.",
          next = "map",
          coach = "Passive pushing: an order form gives Mirela paperwork, "
            .. "not a case. Ambrose will ask questions it can't answer." },
      },
    },

    ----------------------------------------------------------------------
    -- The economic buyer first: she is worried about him, so start there.
    ----------------------------------------------------------------------
    map = {
      say = function(s)
        if s.trust >= 60 then
          return "So that's the cast: Ambrose signs, Thandiwe clears security, "
            .. "Casimir runs the contract. Ambrose is the one I'm worried "
            .. "about. Where do we start?"
        end
        return "That's who decides. Ambrose is the one I'm worried about. "
          .. "Where do we start?"
      end,
      choices = {
        { id = "security_first",
          text = {
            "Let's start with Thandiwe. What will her security review "
              .. "need from us?",
            "Ambrose can wait a day. Security reviews are usually the "
              .. "slowest gate in deals like this, so what will Thandiwe need "
              .. "to see from us first?",
          },
          skills = { listening = 1, problem_solving = 1 },
          state = { trust = -2 },
          reveal = { "cfo" },
          reply = "'Thandiwe will be thorough, she always is,' she says. "
            .. "'It's Ambrose I can't read.' She tells you about him anyway.",
          next = "greg_talk",
          coach = "A good question that ignores what she just said: she told "
            .. "you Ambrose worries her, and you steered somewhere else." },
        { id = "send_deck",
          text = {
            "I'll send you our standard deck and ROI calculator to share "
              .. "with Ambrose.",
            "I'll put together a short deck with our ROI calculator and "
              .. "case studies from companies like yours, so you have "
              .. "something polished to hand him.",
          },
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reply = "'Sure,' she says. 'I'll see what I can do with it.'",
          next = "cfo_meeting",
          coach = "Transactional and passive: a generic deck is what every "
            .. "vendor sends. It leaves Mirela alone with Ambrose's questions." },
        { id = "ask_greg",
          text = {
            "Let's start with him. What does Ambrose weigh before he "
              .. "approves a purchase like this?",
            "What does Ambrose need to see before he says yes to new "
              .. "spending this year?",
            "You said he's the one you're worried about, so let's start "
              .. "there. When Ambrose approves something new, what does he "
              .. "actually weigh?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5, confidence = 5 },
          reveal = { "cfo" },
          next = "greg_talk",
          coach = "MEDDIC, economic buyer, and listening: she named her "
            .. "worry, and you asked what the person who signs actually "
            .. "weighs, so the case can answer him." },
        { id = "offer_meet",
          text = {
            "Would you like me in the room with Ambrose to handle the "
              .. "numbers?",
            "Would it take some weight off you if I came to the Ambrose "
              .. "meeting and handled the numbers side, so you can focus on "
              .. "your team's story?",
          },
          skills = { pushing = 2 },
          state = { trust = -10, confidence = -10 },
          reveal = { "cfo" },
          reply = "'I'd rather take him myself,' she says, cooler now. 'He "
            .. "trusts his own people. Here's what he weighs.'",
          next = "greg_talk",
          coach = "Going around the champion, dressed as support: you offered "
            .. "to take the part of her case she most needs to own." },
        { id = "price_first",
          text = {
            "Get the number in front of Ambrose this week, so there are "
              .. "no surprises later.",
            "Then let's put the price in front of Ambrose early. CFOs "
              .. "hate surprises, and it's far better that he reacts now than "
              .. "in the room with you.",
          },
          skills = { pushing = 1 },
          state = { trust = -3, confidence = -5 },
          reveal = { "cfo" },
          reply = "'Price isn't really what he asks about,' she says, and "
            .. "tells you what he does ask about.",
          next = "greg_talk",
          coach = "Leading with price before the value is built: a number "
            .. "with no case behind it only gives a CFO something to cut." },
      },
    },

    greg_talk = {
      say = "Ambrose froze headcount this year. Anything new has to pay back "
        .. "inside twelve months, and he hates surprise renewals: he'd rather "
        .. "lock a price for three years than get a twenty percent bump next "
        .. "spring.",
      choices = {
        { id = "greg_recap",
          text = {
            "Got it: he wants the cheapest first year and a short term. "
              .. "One year, then.",
            "So he wants the lowest first-year price and a short term he "
              .. "can walk away from. Let's lead with a one-year option and "
              .. "keep the price low.",
          },
          skills = {},
          state = { trust = -6, confidence = -5 },
          reply = "'That's... not what I said,' she says. 'He wants the price "
            .. "locked. Long.'",
          next = "numbers",
          coach = "A misheard summary (AELS, processing): he wants a locked "
            .. "price and no surprise renewals, and you played back the "
            .. "opposite. Getting it wrong tells her you weren't listening." },
        { id = "lock_pitch",
          text = {
            "Perfect, we do three-year deals all the time. I'll draft one "
              .. "today.",
            "A three-year price lock is easy; we do them all the time. "
              .. "I'll draft one this afternoon, so you can show him the price "
              .. "won't move.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -15 },
          reply = "'Let's not get ahead of Ambrose,' she says.",
          next = "cooled",
          coach = "Transactional pushing: you heard 'three years' and "
            .. "reached for a contract, when she was telling you what her "
            .. "CFO needs to be convinced." },
        { id = "under_pressure",
          text = {
            "He sounds under a lot of pressure himself this year.",
            "Sounds like he's carrying a lot this year too. A freeze is "
              .. "hard on the person who has to say no to everyone, including "
              .. "people he likes.",
          },
          skills = { empathy = 2 },
          state = { trust = 3 },
          reply = "'Everyone is,' she says.",
          next = "numbers",
          coach = "Empathy for the economic buyer: fair, but you left what "
            .. "he will compare you with unexplored." },
        { id = "ask_rival",
          text = {
            "In a freeze, your real rival is rarely a new vendor. It's "
              .. "your incumbent's cheap add-on offer.",
            "A freeze changes who we're up against. It's your current "
              .. "help desk, offering an add-on for a fraction of the price.",
            "Then your real competition isn't another vendor. In a "
              .. "freeze, the incumbent slips a cheap add-on into its renewal "
              .. "at a fraction of our price, and it looks safe.",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 6, confidence = 10 },
          reveal = { "rival" },
          reply = "She stares at you. 'How did you... yes. Our help-desk vendor "
            .. "offered him an AI add-on for about a third of your price, "
            .. "bundled into the renewal. Nobody here has tested it.'",
          next = "numbers",
          coach = "Challenger, teaching: you reframed her problem with an "
            .. "insight she didn't have. The CFO's real alternative is the "
            .. "incumbent's bundle, and now she knows it before he raises it." },
        { id = "cfo_to_cfo",
          text = {
            "Could our CFO give Ambrose a call? They'd speak the same "
              .. "language.",
            "Would you be comfortable if our CFO called Ambrose directly? "
              .. "Finance people tend to trust each other more than they trust "
              .. "anyone in sales.",
          },
          skills = { pushing = 2 },
          state = { trust = -8, confidence = -10 },
          reply = "'Please don't,' she says.",
          next = "cooled",
          coach = "Going around the champion, as a polite question: it "
            .. "tells her the real conversation happens without her." },
      },
    },

    numbers = {
      say = function(s)
        if s.facts.rival then
          return "So he'll ask why we'd pay three times the bundle. I've got a "
            .. "dashboard with forty charts from the trial, and I don't know "
            .. "which ones he'll care about."
        end
        return "I've got a dashboard with forty charts from the trial, and I "
          .. "don't know which ones Ambrose will care about."
      end,
      choices = {
        { id = "all_charts",
          text = {
            "Take him all forty charts. More data is harder to argue "
              .. "with.",
            "Show him all forty. When a CFO sees that much data from his "
              .. "own team, he knows the test was done properly, and he can "
              .. "pick what he trusts.",
          },
          skills = { empathy = 1 },
          state = { confidence = -5 },
          reply = "'He reads one page,' she says doubtfully.",
          next = "gates",
          coach = "Friendly but unfocused: you trusted the data to sell "
            .. "itself and left the translation into his terms to her." },
        { id = "benchmark",
          text = {
            "Use our benchmark report: customers average a forty percent "
              .. "cut in response times.",
            "He won't care about forty charts. I'll send you our "
              .. "benchmark report instead; our customers average a forty "
              .. "percent cut in response times.",
          },
          skills = { pushing = 1 },
          state = { trust = -3, confidence = -5 },
          reply = "'Your customers aren't his team,' she says.",
          next = "gates",
          coach = "Vendor averages over the buyer's own evidence: a CFO "
            .. "trusts his people's trial more than your marketing." },
        { id = "ask_numbers",
          text = {
            "Which trial number would your agents miss first? Let's work "
              .. "out what it's worth in hours.",
            "Forget the forty charts for a minute. Which two trial "
              .. "numbers changed most for your agents, and what do they come "
              .. "to in hours of work a week?",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 3, confidence = 10 },
          reveal = { "metrics" },
          reply = "She pulls up the dashboard. 'First response went from nine "
            .. "hours to two. The help center answered fourteen percent of "
            .. "tickets by itself. Across 160 agents that's about six people's "
            .. "work. The six Ambrose wouldn't let me hire.'",
          next = "gates",
          coach = "MEDDIC, metrics: her own numbers, translated into the "
            .. "hours a CFO under a headcount freeze cares about, are the "
            .. "business case." },
        { id = "feature_page",
          text = {
            "Which features would your agents refuse to give up? Let's "
              .. "lead with those.",
            "Which features did your agents use most? We could build the "
              .. "page around the three they'd fight to keep, with a "
              .. "screenshot of each.",
          },
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reply = "'The AI replies, mostly,' she says. 'Ambrose won't care "
            .. "about features.'",
          next = "gates",
          coach = "A product question where a business question was "
            .. "needed: features are what you sell, not what he buys." },
      },
    },

    ----------------------------------------------------------------------
    -- The gates: the champion's plan is to go one at a time.
    ----------------------------------------------------------------------
    gates = {
      say = "Here's my plan: I take the numbers to Ambrose, and once he says "
        .. "yes I loop in Thandiwe and Casimir. One fight at a time.",
      choices = {
        { id = "one_fight",
          text = {
            "Sensible. Ambrose first, and the others will follow his "
              .. "lead.",
            "That makes sense. One fight at a time, and Ambrose is the "
              .. "big one; once he's on board, Thandiwe and Casimir tend to "
              .. "fall into line.",
          },
          skills = { empathy = 1 },
          state = { trust = 2 },
          reply = "'Good,' she says. 'I was hoping you'd say that.'",
          next = "prep",
          coach = "Agreeable, not helpful: committee deals die in the "
            .. "reviews that start too late, and you agreed to start them "
            .. "late." },
        { id = "early_gates",
          text = {
            "I'd flip that. Contracts this size die in security and "
              .. "legal, not with the CFO.",
            "That order is how deals this size miss the year: the CFO "
              .. "says yes in November, security takes December, and legal "
              .. "takes January.",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 3, confidence = 5 },
          reply = "She goes quiet. 'That's exactly how my last project died.' "
            .. "She opens her calendar.",
          next = "gate_qs",
          coach = "Challenger, teaching and taking control: you corrected "
            .. "the champion's plan with how committee purchases actually "
            .. "fail, so the reviews run in parallel instead of in a queue." },
        { id = "cfo_word",
          text = {
            "Ask Ambrose to tell Thandiwe and Casimir it's a priority.",
            "Even better: ask Ambrose to tell Thandiwe and Casimir it's a "
              .. "priority. A word from the CFO moves any queue, and it saves "
              .. "you weeks.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -10 },
          reply = "'I can't ask him to lean on people for a vendor,' she says.",
          next = "cooled",
          coach = "Transactional pushing, escalation: you asked your "
            .. "champion to spend her CFO's goodwill to rush two reviewers." },
        { id = "verbal_yes",
          text = {
            "Could you get a verbal yes from Ambrose first, so the "
              .. "paperwork can start?",
            "What if you asked Ambrose for a verbal yes on Thursday, so "
              .. "we can start on the contract while Thandiwe and Casimir "
              .. "catch up?",
          },
          skills = { pushing = 2 },
          state = { trust = -5, confidence = -10 },
          reply = "'A verbal yes from Ambrose?' She laughs, not happily.",
          next = "cooled",
          coach = "Pushing for commitment as a polite question: a verbal "
            .. "yes is a close, and it still leaves the reviews for last." },
      },
    },

    gate_qs = {
      say = "Okay. Thandiwe and Casimir. I've never bought anything this big. "
        .. "Where do I even start with them?",
      choices = {
        { id = "out_of_depth",
          text = {
            "Don't worry; everyone feels lost the first time they buy at "
              .. "this size.",
            "Nobody expects a head of support to be a procurement expert. "
              .. "It's completely normal to feel out of your depth the first "
              .. "time.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'Thanks,' she says, and waits.",
          next = "luis_q",
          coach = "Empathy without direction: she asked where to start, and "
            .. "you told her it's normal not to know." },
        { id = "ask_priya",
          text = {
            "What customer data ends up in your tickets? That decides "
              .. "what Thandiwe needs before any contract.",
            "Start with what's in your tickets. What customer data ends "
              .. "up in them, and what will Thandiwe want to see before she "
              .. "lets us near it?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3, confidence = 5 },
          reveal = { "security" },
          reply = "'Bank account and Social Security numbers, all the time. "
            .. "She'll want your SOC 2 Type II report, redaction of those "
            .. "fields, and data kept in the US.'",
          next = "luis_q",
          coach = "MEDDIC, decision criteria: you found the security "
            .. "reviewer's real concern now, not when her questionnaire "
            .. "lands." },
        { id = "security_pack",
          text = {
            "I'll send Thandiwe our standard security pack today. It "
              .. "should cover her.",
            "I'll send Thandiwe our standard security pack today. It "
              .. "answers the usual questionnaire, so she probably won't need "
              .. "to meet with us at all.",
          },
          skills = { problem_solving = 1 },
          state = { confidence = -3 },
          reply = "'She'll read it,' Mirela says. 'She reads everything.'",
          next = "luis_q",
          coach = "A generic answer to a specific reviewer: you skipped "
            .. "asking what her tickets contain, which is all Thandiwe "
            .. "cares about." },
        { id = "fast_track_early",
          text = {
            "Could you ask Thandiwe to fast-track us? You know her better "
              .. "than we do.",
            "Could you ask Thandiwe to fast-track our review? You're the "
              .. "one with the relationship, and it would save everyone at "
              .. "least a month.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -10 },
          reply = "'That's the fastest way to get a slow review,' she says.",
          next = "cooled",
          coach = "Transactional pushing: asking a reviewer to skip her "
            .. "review makes her look twice as hard." },
      },
    },

    luis_q = {
      say = function(s)
        if s.facts.security then
          return "Thandiwe I can handle. Casimir scares me more. He once sent "
            .. "a contract back for a missing signature block."
        end
        return "Casimir scares me more than Thandiwe. He once sent a contract "
          .. "back for a missing signature block."
      end,
      choices = {
        { id = "thank_casimir",
          text = {
            "He sounds careful. Thank him for it; careful people notice.",
            "Casimir sounds like someone who takes pride in his work. "
              .. "People like that usually respond well when you thank them "
              .. "for being thorough.",
          },
          skills = { empathy = 1 },
          state = { trust = 1 },
          reply = "'Maybe,' she says.",
          next = "prep",
          coach = "Friendly but unfocused: kind words about procurement "
            .. "don't tell you a single one of procurement's rules." },
        { id = "ask_luis",
          text = {
            "What are his rules for a contract above a hundred thousand, "
              .. "and when does your budget lapse?",
            "Then let's learn his rules before our paper gets near him. "
              .. "Tell me what he needs for a contract this size, and when "
              .. "this year's budget runs out.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3, confidence = 5 },
          reveal = { "procurement" },
          reply = "'Over a hundred thousand needs three bids or a sole-source "
            .. "justification. Legal takes ten business days. And the budget "
            .. "lapses on January 31.'",
          next = "prep",
          coach = "MEDDIC, decision process: procurement's rules and the "
            .. "fiscal calendar decide when a deal can close, whatever anyone "
            .. "wants." },
        { id = "under_threshold",
          text = {
            "Then keep the first order under your own fifty-thousand "
              .. "limit: forty seats now, the rest next year.",
            "Then let's keep the first order inside your own signing "
              .. "limit: forty seats now, the other 120 next year, and Casimir "
              .. "never has to see it at all.",
          },
          skills = { pushing = 2 },
          state = { trust = -5, confidence = -10 },
          reply = "'That's not what I want,' she says. 'I want all 160.'",
          next = "cooled",
          coach = "Transactional pushing: shrinking the deal to dodge a "
            .. "gate gets a small signature and abandons the 160 seats." },
        { id = "send_paper",
          text = {
            "Shall I have our legal team send him our contract today?",
            "Would it help if our legal team sent Casimir our standard "
              .. "contract today, so he has plenty of time to go through it "
              .. "line by line?",
          },
          skills = { problem_solving = 1, pushing = 1 },
          state = { confidence = -3 },
          reply = "'He'll send it back marked up,' she says. 'He always does.'",
          next = "prep",
          coach = "Paper before rules: a contract sent before you know what "
            .. "he requires is a contract he sends back." },
      },
    },

    ----------------------------------------------------------------------
    -- Arming the champion.
    ----------------------------------------------------------------------
    prep = {
      say = function(s)
        if s.facts.stake then
          return "Ambrose gave me fifteen minutes on Thursday. You know how the "
            .. "last fifteen minutes went."
        end
        return "Ambrose gave me fifteen minutes on Thursday. I'll be honest, "
          .. "I'm dreading it a little."
      end,
      choices = {
        { id = "open_price",
          text = {
            "Open with the number. CFOs respect people who lead with the "
              .. "cost.",
            "Most CFOs decide in the first ninety seconds, so open with "
              .. "the price, get the hard part out of the way, and spend the "
              .. "rest on questions.",
          },
          skills = { pushing = 1 },
          state = { trust = -3, confidence = -5 },
          reply = "'The price,' she says slowly. 'First.'",
          next = "case",
          coach = "An insight aimed at the wrong problem: she isn't afraid "
            .. "of the price, she is afraid of the same four minutes, and "
            .. "you never asked what happened in them." },
        { id = "got_this",
          text = {
            "You've got this. Twenty agents who won't give it back speak "
              .. "for you.",
            "You'll be great, honestly. You ran it cleanly, your team is "
              .. "behind you, and twenty agents who won't give it back is a "
              .. "case that makes itself.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'I hope so,' she says.",
          next = "case",
          coach = "Empathy without listening: reassurance is kind, but it "
            .. "skips past what she's worried about." },
        { id = "why_dread",
          text = {
            "You said 'dreading'. What happened the last time you brought "
              .. "him a purchase?",
            "'Dreading' sounds like there's a story behind it. Tell me "
              .. "about the last time you took a request to Ambrose, and what "
              .. "he said.",
          },
          when = function(s) return not s.facts.stake end,
          skills = { empathy = 2, listening = 2 },
          state = { trust = 6, confidence = 5 },
          reveal = { "stake" },
          reply = "'Six more agents, last spring. He said no in four minutes. "
            .. "Cost and payback, he said.'",
          next = "case",
          coach = "Active listening, sensing stage (AELS), and empathy: you "
            .. "heard the dread under 'a little' and let her name it, so the "
            .. "case can answer last spring's objections." },
        { id = "last_time",
          text = {
            "Then this time he hears last spring's answers before he "
              .. "asks.",
            "Then we build the page around whatever sank last spring's "
              .. "request, so he hears the answers before he can ask the "
              .. "questions.",
          },
          requires = { "stake" },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 4, confidence = 5 },
          reply = "'Cost and payback,' she says. 'That's what he asked.'",
          next = "case",
          coach = "Active listening, processing stage: you tied her story "
            .. "about last spring to the meeting ahead." },
        { id = "i_present",
          text = {
            "Why don't I present on Thursday? I do these pitches every "
              .. "week.",
            "Would it be easier on you if I presented on Thursday? I do "
              .. "these every week, and you'd be free to take the questions "
              .. "about your team.",
          },
          skills = { pushing = 2 },
          state = { trust = -8, confidence = -15 },
          reply = "'If you want,' she says, and her voice goes flat.",
          next = "cfo_meeting",
          coach = "Going around the champion: you took her meeting. Ambrose "
            .. "now hears a vendor pitch instead of his own manager's case." },
      },
    },

    case = {
      say = "So what do I bring him? One page, he said. He won't read two.",
      choices = {
        { id = "roi_kit",
          text = {
            "Attach our ROI calculator and a couple of case studies "
              .. "behind the page.",
            "I'll send you our ROI calculator and two case studies from "
              .. "payroll companies your size, so the page has something solid "
              .. "behind it.",
          },
          skills = { problem_solving = 1 },
          state = {},
          reply = "'Okay,' she says. 'He doesn't read attachments, but okay.'",
          next = "cfo_meeting",
          coach = "Weak problem-solving: generic material instead of her "
            .. "own numbers. Ambrose trusts his people's data more than your "
            .. "case studies." },
        { id = "wrong_numbers",
          text = {
            "Lead with nine hours down to four, and forty percent of "
              .. "tickets self-served.",
            "Lead with the two headlines: first response down from nine "
              .. "hours to four, and forty percent of tickets answered by the "
              .. "help center on its own.",
          },
          requires = { "metrics" },
          skills = {},
          state = { trust = -8, confidence = -10 },
          reply = "'Two hours,' she says, frowning. 'And fourteen percent. If "
            .. "I say forty in there, he'll check.'",
          next = "cfo_meeting",
          coach = "A polished recall of the wrong numbers: her trial showed "
            .. "nine hours to two and fourteen percent. A CFO checks, and a "
            .. "champion who gets it wrong in front of him loses the room." },
        { id = "discount_bait",
          text = {
            "Add twenty percent off if he signs by the 31st. CFOs like a "
              .. "discount.",
            "What if the page ended with twenty percent off for signing "
              .. "by the thirty-first? In my experience, CFOs rarely turn down "
              .. "a discount.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, confidence = -15 },
          reply = "'He'll just ask why it wasn't that price to begin with.'",
          next = "cooled",
          coach = "Transactional pushing, discounting (Challenger: a "
            .. "concession is traded, never given): a price cut before the "
            .. "value is agreed tells a CFO your price was padded." },
        { id = "arm_case",
          text = {
            "Six refused hires against your trial: $390K a year of work, "
              .. "paid back in twelve months. You present it.",
            "In his terms: six agents' worth of work freed, about $390K a "
              .. "year, paid back inside twelve months, with the price locked "
              .. "for three years. You present it.",
          },
          requires = { "metrics", "cfo" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 8, confidence = 15 },
          reply = "She writes fast. 'He can't wave that away in four minutes.'",
          next = "cfo_meeting",
          coach = "Problem-solving, arming the champion (Challenger, "
            .. "tailoring): a business case built from her numbers and "
            .. "Ambrose's own criteria, with Mirela out front." },
        { id = "show_dashboard",
          text = {
            "Just show him the trial dashboard. The numbers speak for "
              .. "themselves.",
            "Put the trial dashboard on the page and let him read it "
              .. "himself. Numbers that strong don't need a story, and he'll "
              .. "trust them more that way.",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 2 },
          reply = "'He's a CFO. Numbers don't speak to him unless they're in "
            .. "dollars.'",
          next = "cfo_meeting",
          coach = "Friendly but unfocused: you trusted the data to sell "
            .. "itself and left the translation into dollars to her." },
      },
    },

    ----------------------------------------------------------------------
    -- The CFO meeting: Mirela leads, if she can.
    ----------------------------------------------------------------------
    cfo_meeting = {
      say = function(s)
        local rival = "our help-desk vendor will add their AI to our renewal "
          .. "for a third of your price. Why would we pay more?"
        if s.chose.i_present then
          return "Thanks for presenting. Ambrose has one question for you: "
            .. rival
        elseif s.confidence >= 50 then
          return "Ambrose has read my page twice. He's asking what I expected: "
            .. rival
        end
        return "I couldn't find the dollar figure fast enough, and Ambrose "
          .. "moved on. He wants to know what I do too: " .. rival
      end,
      choices = {
        { id = "match_price",
          text = {
            "We can match their price for the first year if you sign this "
              .. "month.",
            "Would it make the decision easier for you if we matched "
              .. "their price for the first year, so the comparison comes down "
              .. "to results alone?",
          },
          skills = { pushing = 3 },
          state = { trust = -12, confidence = -15 },
          reply = "Ambrose looks at Mirela, then back at you. 'So your price "
            .. "was never your price.'",
          next = function(s)
            if s.trust < 50 then return "lost" end
            return "cfo_risk"
          end,
          coach = "Transactional pushing, price-matching: you taught the CFO "
            .. "that your price is negotiable and your value is the same as "
            .. "a bundle nobody has tested." },
        { id = "fair_test",
          text = {
            "Test theirs on the same tickets for a month. If it matches, "
              .. "buy it.",
            "Fair question. Test their add-on the way Mirela tested us: "
              .. "same tickets, same month. If it matches her numbers, buy "
              .. "theirs, and I mean that.",
          },
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 4, confidence = 2 },
          reply = "Ambrose raises an eyebrow. 'Confident.'",
          next = "cfo_risk",
          coach = "Problem-solving: you turned a price objection into a "
            .. "test on his data, though you spoke over your champion to do "
            .. "it." },
        { id = "tech_gap",
          text = {
            "Their add-on runs on an older AI model; ours was rebuilt "
              .. "this spring.",
            "Their add-on is a third of the price because it's a third of "
              .. "the product: it runs on an older model, and ours was rebuilt "
              .. "from scratch this spring.",
          },
          skills = { pushing = 1 },
          state = { trust = -5, confidence = -5 },
          reply = "'I don't buy models,' Ambrose says. 'I buy results.'",
          next = "cfo_risk",
          coach = "An insight aimed at the wrong problem: a CFO under a "
            .. "headcount freeze is weighing payback, not architecture, and "
            .. "attacking the incumbent sounds like a pitch." },
        { id = "let_dana",
          text = {
            "Mirela has that answer, from your own tickets. Then we'll test "
              .. "theirs the same way.",
            "That's Mirela's to answer first; she has the numbers from "
              .. "your own tickets. Then I'll show how to test their add-on "
              .. "the same way.",
          },
          requires = { "rival", "metrics" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 8, confidence = 5 },
          reply = function(s)
            if s.confidence >= 50 then
              return "Mirela doesn't need the slides. 'Nine hours to two,' she "
                .. "says. 'Theirs hasn't been tested on a single ticket of "
                .. "ours.' Ambrose nods slowly."
            end
            return "Mirela finds the numbers after a moment. Ambrose listens, "
              .. "unconvinced but listening."
          end,
          next = "cfo_risk",
          coach = "Champion-led problem-solving: you knew the comparison "
            .. "was coming, let Mirela answer with her own evidence, and "
            .. "offered a fair test instead of attacking the rival." },
        { id = "greg_needs",
          text = {
            "What would you need to see to trust the cheaper one does the "
              .. "same?",
            "What would you need to see to know the cheaper one gets you "
              .. "the same results, on your tickets and with your agents?",
          },
          when = function(s) return not s.facts.rival end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "rival" },
          reply = "'I'd need to see it on our tickets,' he admits. 'Nobody has "
            .. "tested theirs.'",
          next = "cfo_risk",
          coach = "A clarifying question to the economic buyer: good, but "
            .. "late. Mirela could have told you about the bundle before this "
            .. "meeting." },
      },
    },

    cfo_risk = {
      say = "One more from Ambrose: he's paid for plenty of software his "
        .. "people never used. What happens if that's this?",
      choices = {
        { id = "gated_rollout",
          text = {
            "You pay as it works: the next team starts only when the last "
              .. "hits her numbers.",
            "Then you shouldn't pay for it. We roll it out team by team, "
              .. "and each team has to hit Mirela's trial numbers before the "
              .. "next one starts.",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, confidence = 5 },
          reply = "Ambrose writes something down. Mirela looks relieved.",
          next = "security",
          coach = "Problem-solving: you answered his risk with a structure "
            .. "that limits it, built on his champion's own benchmark." },
        { id = "what_failed",
          text = {
            "Which tools were they, and why did they fail, do you think?",
            "What did those other tools have in common? Knowing exactly "
              .. "why they failed would tell us what to avoid with this one.",
          },
          skills = { listening = 1 },
          state = { trust = -2 },
          reply = "'Does it matter?' Ambrose says. 'I asked what happens if "
            .. "this is one of them.'",
          next = "security",
          coach = "A good question at the wrong moment: the CFO asked for a "
            .. "straight answer about his risk, and you answered with a "
            .. "question about his past." },
        { id = "shelfware_fair",
          text = {
            "Fair worry. Nobody wants to pay for shelfware twice.",
            "That's a fair worry, and a common one: plenty of software "
              .. "gets paid for and never used. You've clearly been burned, "
              .. "and nobody wants that twice.",
          },
          skills = { empathy = 2 },
          state = { trust = 1 },
          reply = "'No,' Ambrose says, and waits for the rest of the answer.",
          next = "security",
          coach = "Empathy without an answer: you agreed with his worry and "
            .. "stopped there." },
        { id = "guarantee",
          text = {
            "We'll guarantee adoption, or you get your money back. "
              .. "Simple.",
            "Then we'll guarantee it: if your people aren't using it in "
              .. "ninety days, you get your money back, and I'll put that in "
              .. "the contract myself.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -15 },
          reply = "'Put that in writing,' Ambrose says, in a tone that means "
            .. "he doesn't believe it.",
          next = "cooled",
          coach = "Transactional pushing, overpromising: a guarantee you "
            .. "can't define sounds like a sales line to a CFO." },
      },
    },

    ----------------------------------------------------------------------
    -- Security and procurement: gates to work with, not around.
    ----------------------------------------------------------------------
    security = {
      say = function(s)
        local cfo = "Ambrose hasn't decided yet. Meanwhile, "
        if s.confidence >= 50 then cfo = "Ambrose is in, pending security. " end
        if s.facts.security then
          return cfo .. "Thandiwe's questionnaire just came: 180 questions "
            .. "and a note that says, 'Tickets here contain bank and Social "
            .. "Security numbers. I need to see where they go.'"
        end
        return cfo .. "Thandiwe Oduya in IT sent a 180-question security "
          .. "questionnaire. I should warn you, these can take a month."
      end,
      choices = {
        { id = "turnaround",
          text = {
            "Two days, and she'll have all 180 answers. We do these all "
              .. "the time.",
            "We'll have all 180 answers back to her in two days. We've "
              .. "passed dozens of these, and our team can usually do it "
              .. "without a single meeting.",
          },
          skills = { pushing = 1 },
          state = { confidence = -5 },
          reply = "Thandiwe's reply comes a week later, with twenty follow-up "
            .. "questions.",
          next = "procurement",
          coach = "Speed over substance, a mild form of pushing: fast "
            .. "answers to the wrong questions earn follow-up questions." },
        { id = "eu_docs",
          text = {
            "I'll include our EU hosting documentation, since data "
              .. "location worries her.",
            "Since she's worried about where the data lives, I'll send "
              .. "her our EU hosting documentation along with the answers, so "
              .. "that question is settled.",
          },
          requires = { "security" },
          skills = {},
          state = { trust = -6, confidence = -10 },
          reply = "Mirela blinks. 'She wants it kept in the US. Not the EU.'",
          next = "procurement",
          coach = "A polished recall of the wrong fact: Thandiwe needs the "
            .. "data kept in the US. Getting a reviewer's requirement wrong "
            .. "tells her you didn't read her note." },
        { id = "fast_track",
          text = {
            "Could Ambrose ask Thandiwe to fast-track it? It's all that's "
              .. "left.",
            "Mirela, could Ambrose ask Thandiwe to fast-track this? It's "
              .. "the only thing holding us up now, and a word from him would "
              .. "save a month.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, confidence = -15 },
          reply = "Mirela winces. 'That will make Thandiwe look twice as hard.'",
          next = "cooled",
          coach = "Transactional pushing, escalating over a reviewer: you "
            .. "asked your champion to spend her CFO's goodwill to rush the "
            .. "one person who can still say no." },
        { id = "security_session",
          text = {
            "We'll bring the SOC 2 Type II report and redact her own "
              .. "sample tickets, live.",
            "I'll ask for an hour with Thandiwe this week: our security "
              .. "lead, the SOC 2 Type II report, and redaction run live on "
              .. "her own sample tickets.",
          },
          requires = { "security" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, confidence = 5 },
          reply = "Thandiwe accepts within the hour. 'Finally, a vendor who "
            .. "read my note.'",
          next = "procurement",
          coach = "Problem-solving: because you asked about security early, "
            .. "you could answer the reviewer's real concern directly instead "
            .. "of through 180 answers." },
        { id = "priya_worry",
          text = {
            "What worries Thandiwe most? I'd rather answer that than 180 "
              .. "questions blind.",
            "Before we answer 180 questions blind, what is Thandiwe most "
              .. "worried about? If we know that, we can answer it directly, "
              .. "in person.",
          },
          when = function(s) return not s.facts.security end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "security" },
          reply = "'Bank and Social Security numbers in tickets,' Mirela says. "
            .. "'She'll want to see redaction. Her calendar is full until "
            .. "after the 20th.'",
          next = "procurement",
          coach = "A good question, asked late: the security reviewer's "
            .. "concern is clear now, but her calendar isn't yours to move." },
      },
    },

    procurement = {
      say = function(s)
        if s.facts.procurement then
          return "And Casimir wrote from procurement, like I said he would: "
            .. "three bids or a sole-source justification, and ten business "
            .. "days for legal. It's already the 12th of January."
        end
        return "And Casimir in procurement wrote. Anything over a hundred "
          .. "thousand needs three bids or a sole-source justification, legal "
          .. "takes ten business days, and our budget lapses on January 31. "
          .. "It's already the 12th."
      end,
      choices = {
        { id = "sole_source",
          text = {
            "Your trial is the sole-source case. We'll draft it with you; "
              .. "our contract goes to legal today.",
            "Let's write the sole-source justification together from your "
              .. "trial numbers, and I'll send our contract to legal today so "
              .. "the ten days start now.",
          },
          requires = { "procurement", "metrics" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, confidence = 5 },
          reply = "Casimir replies: 'This is the cleanest file I've had all "
            .. "year.'",
          next = "close",
          coach = "Problem-solving that respects procurement: you worked "
            .. "inside Casimir's rules, built the justification on her "
            .. "evidence and started the legal clock early." },
        { id = "luis_easy",
          text = {
            "Could we ask Casimir what makes a contract easy for him to "
              .. "approve?",
            "Could we get fifteen minutes with Casimir this week, to ask "
              .. "what makes a contract easy for him to approve and what "
              .. "usually slows one down?",
          },
          when = function(s) return not s.facts.procurement end,
          skills = { empathy = 1, listening = 2 },
          state = { trust = 3 },
          reveal = { "procurement" },
          reply = "Casimir is friendly and very busy. He can see you on the "
            .. "19th.",
          next = "close",
          coach = "Respectful, but late: a question for procurement that "
            .. "should have come in the first call, before the calendar got "
            .. "tight." },
        { id = "wait_queue",
          text = {
            "No need to rush him. Paperwork after security, in the proper "
              .. "order.",
            "Then let's not crowd Casimir. We'll send him the paperwork "
              .. "once the security review is finished, so nothing lands on "
              .. "his desk twice.",
          },
          skills = { empathy = 1 },
          state = { confidence = -5 },
          reply = "'He'll appreciate that,' Mirela says. It is the 12th of "
            .. "January.",
          next = "close",
          coach = "Agreeable, and it loses the calendar: legal needs ten "
            .. "business days and the budget lapses on the 31st. Waiting to "
            .. "be polite is how committee deals slip a fiscal year." },
        { id = "fake_bids",
          text = {
            "I can get two friendly vendors to quote high, so ours looks "
              .. "obvious.",
            "Then let's give him his three bids. I know two vendors "
              .. "who'll quote high on request, so ours looks like the obvious "
              .. "choice to Casimir.",
          },
          skills = { pushing = 2 },
          state = { trust = -12, confidence = -15 },
          reply = "Mirela stares at you. 'Casimir has seen that trick before. "
            .. "So have I.'",
          next = "stalled",
          coach = "Gaming the process: a rigged bid is pushing with a "
            .. "procurement costume on, and it puts your champion's name on "
            .. "something she would never sign." },
        { id = "waive_bids",
          text = {
            "Can't Ambrose just waive the three bids, given the deadline?",
            "Would Ambrose be willing to waive the three bids for us, "
              .. "given the deadline and how clearly the trial went? It would "
              .. "save Casimir work.",
          },
          skills = { pushing = 2 },
          state = { trust = -6, confidence = -15 },
          reply = "Mirela sighs. 'Casimir would never forgive either of us.'",
          next = survives,
          coach = "Transactional pushing: going over procurement's head "
            .. "makes an enemy of the one person who controls the calendar." },
        { id = "friday_discount",
          text = {
            "Offer Casimir fifteen percent off for a signature by Friday.",
            "Tell Casimir we'll take fifteen percent off if it's signed "
              .. "by Friday; procurement people love to report a saving to "
              .. "their CFO.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, confidence = -15 },
          reply = "Casimir writes back: 'Our process takes what it takes. "
            .. "Noted on the discount.'",
          next = survives,
          coach = "Transactional pushing: a deadline discount can't shorten "
            .. "legal review; it only lowers your price." },
      },
    },

    ----------------------------------------------------------------------
    -- A push too far: the champion steps back and the deal shrinks.
    ----------------------------------------------------------------------
    cooled = {
      say = "Mirela's answers get shorter. 'Let me think about how to take "
        .. "this forward,' she says. 'I'll come back to you.'",
      choices = {
        { id = "cool_paper",
          text = {
            "Sure. The paperwork will be in your inbox when you're ready.",
            "No problem at all. I'll send the paperwork over anyway, so "
              .. "it's sitting there ready whenever Ambrose is.",
          },
          skills = { pushing = 2 },
          next = "stalled",
          coach = "Pushing on a champion who has stepped back: paperwork "
            .. "doesn't bring her back, it tells her you didn't notice." },
        { id = "cool_repair",
          text = {
            "I pushed too hard just now. What would make this deal easier "
              .. "for you?",
            "Before you go: I pushed too hard just now, and that's on me. "
              .. "What would make this easier for you to carry inside "
              .. "Ledgerly?",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 1 },
          next = function(s)
            if s.trust >= 35 then return "won_team" end
            return "stalled"
          end,
          coach = "A late repair: owning the push and asking what she needs "
            .. "keeps her, but the case she would have carried is gone." },
        { id = "cool_wait",
          text = {
            "Of course. Take your time, and call me whenever you're "
              .. "ready.",
            "Of course. Take all the time you need, think it over with "
              .. "your team, and call me whenever you feel ready to pick it up "
              .. "again.",
          },
          skills = { empathy = 1 },
          next = "stalled",
          coach = "Polite and passive: a champion who has cooled rarely "
            .. "calls back on her own." },
      },
    },

    ----------------------------------------------------------------------
    -- The close: structure the deal Ambrose said he wanted.
    ----------------------------------------------------------------------
    close = {
      say = function(s)
        if s.trust >= 60 and s.confidence >= 60 then
          return "Ambrose says yes if the paperwork is clean, and Casimir "
            .. "wants final terms by Monday. How should we put it?"
        elseif s.trust >= 45 then
          return "Ambrose hasn't said no, and Casimir wants terms by Monday. "
            .. "What are we proposing?"
        end
        return "Ambrose still has questions, and Casimir wants terms. What "
          .. "exactly are you proposing?"
      end,
      choices = {
        { id = "her_terms",
          text = {
            "What terms would you and Ambrose be most comfortable with?",
            "What would feel right to you and Ambrose? I'd rather build "
              .. "the terms around what the two of you want than hand you "
              .. "ours.",
          },
          skills = { empathy = 1, listening = 2 },
          next = close_her_way,
          coach = "Listening, but passive at the close: a champion needs a "
            .. "proposal to carry, not another question." },
        { id = "prepay",
          text = {
            "All 160 for three years, paid up front at the deepest "
              .. "discount.",
            "Three years, all 160 agents, billed up front for the whole "
              .. "term, so the discount is as deep as we can make it and "
              .. "Ambrose sees one number.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          next = close_her_way,
          coach = "A structure that fights the buyer: three years paid up "
            .. "front can't pay back inside Ambrose's twelve months, and a "
            .. "deep discount given away buys nothing (Challenger)." },
        { id = "one_year",
          text = {
            "One year, all 160 agents, and we look at it again next year.",
            "Let's keep it simple: one year for all 160 agents, a clean "
              .. "renewal date, and we revisit the terms when we see how the "
              .. "rollout went.",
          },
          skills = { problem_solving = 1 },
          next = close_her_way,
          coach = "Simple, but it ignores what Ambrose told you he wants: no "
            .. "surprise renewals. A one-year term hands him one." },
        { id = "sign_today",
          text = {
            "Let's get it signed today. I can hold fifteen percent off "
              .. "through Friday.",
            "Shall we get it signed today, while everyone is aligned? I "
              .. "can hold fifteen percent off through Friday, which Casimir "
              .. "can report as a saving.",
          },
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 45 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: Ledgerly can't sign "
            .. "faster than its own process, and a discount deadline tells "
            .. "Ambrose the bundle might be the better deal." },
        { id = "three_year",
          text = {
            "Three years, price locked, billed as each team goes live. "
              .. "You pick the order.",
            "A three-year price lock for all 160, billed as each team "
              .. "goes live so it pays back inside his twelve months, and your "
              .. "team picks the order.",
          },
          requires = { "cfo" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_three_year,
          coach = "Problem-solving, the trusted-advisor close: a structure "
            .. "built from what each decider told you: Ambrose's price lock "
            .. "and payback, Mirela's rollout and her name on it." },
      },
    },
  },

  endings = {
    won_big = {
      say = "Three months after Mirela's first call, and four days before the "
        .. "budget lapses, Ambrose signs a three-year agreement for all 160 "
        .. "agents. The first team goes live the next Monday, and Thandiwe asks "
        .. "to use your redaction session in her own training. Mirela presents "
        .. "the first month's numbers to the leadership team herself.",
      outcome = { result = "won", deal_value = 432000, days_to_close = 96 },
    },
    won_year = {
      say = "The budget lapses on January 31 with the contract still in "
        .. "review. Ambrose approves a one-year contract for all 160 agents "
        .. "out of the new year's budget in April, after a second round of "
        .. "security questions, and the renewal conversation starts the day "
        .. "it's signed.",
      outcome = { result = "won", deal_value = 144000, days_to_close = 168 },
    },
    won_team = {
      say = "The full rollout never gets through Ambrose. In May Mirela signs "
        .. "forty seats under her own fifty-thousand-dollar limit, and the "
        .. "other 120 agents keep the old tools.",
      outcome = { result = "won", deal_value = 36000, days_to_close = 205 },
    },
    stalled = {
      say = "The contract sits in Casimir's queue behind the security review. "
        .. "January 31 comes and goes, the budget lapses, and Mirela stops "
        .. "answering the subject line.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Ambrose renews with the help-desk vendor and takes their AI "
        .. "add-on in the bundle. Mirela sends a kind note: 'I really wanted "
        .. "this one.'",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test committee-close`.
  tests = {
    { name = "helping the champion sell it wins three years, before the budget lapses",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "early_gates", "ask_priya", "ask_luis", "why_dread",
               "arm_case", "let_dana", "gated_rollout", "security_session",
               "sole_source", "three_year" },
      ending = "won_big", min = { overall = 90, trust = 75, confidence = 80 },
      max = { transactional_pushing = 0 },
      facts = { "process", "cfo", "rival", "metrics", "security",
                "procurement", "stake" } },
    { name = "pushing for the signature at every gate loses to the bundle",
      path = { "send_contract", "ambrose_paper", "send_deck", "match_price" },
      ending = "lost", max = { overall = 15 } },
    { name = "one hard close at the end of a perfect run stalls in procurement",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "early_gates", "ask_priya", "ask_luis", "why_dread",
               "arm_case", "let_dana", "gated_rollout", "security_session",
               "sole_source", "sign_today" },
      ending = "stalled" },
    { name = "agreeing to take the gates one at a time costs the multi-year deal",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "one_fight", "why_dread", "arm_case", "let_dana",
               "gated_rollout", "priya_worry", "luis_easy", "three_year" },
      ending = "won_year" },
    { name = "taking Mirela's meeting away from her costs the multi-year deal",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "early_gates", "ask_priya", "ask_luis", "i_present",
               "let_dana", "gated_rollout", "security_session", "sole_source",
               "three_year" },
      ending = "won_year" },
    { name = "misremembering her trial numbers in the case costs the multi-year deal",
      path = { "who_decides", "ask_greg", "ask_rival", "ask_numbers",
               "early_gates", "ask_priya", "ask_luis", "why_dread",
               "wrong_numbers", "let_dana", "gated_rollout",
               "security_session", "sole_source", "three_year" },
      ending = "won_year" },
    { name = "a warm but unfocused champion call wins only her own budget",
      path = { "celebrate", "keeps_up", "sorry_dana", "send_deck",
               "fair_test", "shelfware_fair", "priya_worry", "luis_easy",
               "her_terms" },
      ending = "won_team" },
    { name = "good questions without arming Mirela win only forty seats",
      path = { "who_decides", "ask_greg", "under_pressure", "ask_numbers",
               "one_fight", "got_this", "roi_kit", "fair_test",
               "shelfware_fair", "priya_worry", "luis_easy", "one_year" },
      ending = "won_team", max = { confidence = 34 } },
    { name = "the case can't be armed before Ambrose's criteria and the numbers are known",
      path = { "who_decides", "security_first", "under_pressure",
               "feature_page", "one_fight", "got_this" },
      offered = { "roi_kit", "show_dashboard" },
      not_offered = { "arm_case", "wrong_numbers" } },
    { name = "letting Mirela answer is locked until you know about the rival bundle",
      path = { "who_decides", "ask_greg", "under_pressure", "ask_numbers",
               "early_gates", "ask_priya", "ask_luis", "why_dread",
               "arm_case" },
      offered = { "fair_test", "greg_needs" }, not_offered = { "let_dana" } },
  },
}
