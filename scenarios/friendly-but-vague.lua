-- friendly-but-vague.lua: a warm prospect who says yes to everything.
--
-- Dr. Jan Whitaker owns seven veterinary clinics and likes you from the
-- first minute.  She agrees with every idea, laughs off every problem and
-- never says no, so a pleasant call is easy and a real one is not.  Her
-- real problem is buried under the small talk: the phones are driving her
-- front-desk staff out the door, and the practice manager who holds her
-- flagship together is about to be poached.  Only a trainee who senses what
-- she glosses over, sizes what it costs and finds out who signs (her
-- partner, Ray) wins the whole practice.  A merely friendly call ends in
-- "let's keep in touch" or a one-clinic trial.
--
-- Hidden meter: trust (how much she will tell you beyond the cheerful
-- version).  It starts fairly high because she likes everyone; pushing
-- still costs it, and at low trust she smiles and deflects.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- The trusted-advisor close: the deal follows trust and what was learned.
local function close_on_trial(s)
  if s.trust >= 90 and known(s, "phones", "turnover", "cost", "decision") then
    return "won_practice"
  elseif s.trust >= 65 and known(s, "phones", "cost") then
    return "won_three"
  elseif s.trust >= 50 and s.facts.phones then
    return "won_trial"
  elseif s.trust >= 30 then
    return "keep_in_touch"
  end
  return "lost"
end

-- The friendly exit: pleasant, and only as good as what you found out.
local function friendly_exit(s)
  if s.trust >= 60 and known(s, "phones", "cost") then return "won_trial" end
  if s.trust >= 25 then return "keep_in_touch" end
  return "lost"
end

-- A hollow yes: she agrees to the proposal and then never opens it.
local function hollow_yes(s)
  if s.trust >= 35 then return "keep_in_touch" end
  return "lost"
end

return scenario {
  id = "friendly-but-vague",
  title = "A warm veterinary owner who says yes to everything",
  module = "listening",
  difficulty = "beginner",
  version = "1.0",
  minutes = 10,
  currency = "USD",
  brief = "Dr. Jan Whitaker owns Harpeth Valley Veterinary, seven animal "
    .. "hospitals around Nashville, Tennessee. She said yes to a meeting at her "
    .. "flagship clinic in Franklin the moment you asked. You sell Chorus, a "
    .. "shared phone and client-texting system that lets any clinic pick up "
    .. "another clinic's calls. She will be friendly whatever you do. Find out "
    .. "what problem she actually has, what it costs her, and who decides.",
  prospect = {
    name = "Dr. Jan Whitaker",
    role = "Founder and Owner",
    company = "Harpeth Valley Veterinary",
    persona = "Warm, chatty and generous with her time. She hates conflict, "
      .. "says yes to everyone and laughs off bad news, so the problems that "
      .. "matter come out as asides, half-finished sentences and jokes.",
  },

  state = {
    trust = { start = 35, min = 0, max = 100 },
  },

  facts = {
    growth = "Two new clinics open in March, in Spring Hill and Dickson, and "
      .. "she hasn't worked out who will answer their phones.",
    phones = "At peak hours about a third of calls at the busier clinics go "
      .. "to voicemail; receptionists juggle the phone, check-in and payments "
      .. "at the same time.",
    turnover = "She has lost five of her twenty-two front-desk staff this "
      .. "year, and exit interviews blame the phones. Tanya Reyes, the practice "
      .. "manager who holds Franklin together, is running on fumes, and a "
      .. "competitor has been calling her.",
    cost = "Tanya counts about forty-five new-client calls a month that never "
      .. "call back; a new client is worth about $550 a year, so close to "
      .. "$300,000 a year, plus about $6,000 to replace each receptionist.",
    tried = "Last spring they tried an outside answering service; clients "
      .. "hated talking to strangers and she canceled after three months. "
      .. "Whatever comes next has to keep calls with her own people.",
    decision = "Her partner, Ray Dunn, runs the money and must approve "
      .. "anything over $50,000. He is a numbers man and still says 'told you "
      .. "so' about the answering service.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: she is delighted to see you.
    ----------------------------------------------------------------------
    opening = {
      say = "Come in, come in! Ignore Biscuit, he thinks every visitor is here "
        .. "for him. I'm so glad you called, and I've got all afternoon, well, "
        .. "until a two o'clock consult.",
      choices = {
        { id = "what_prompted",
          text = "Thank you for making the time. When I called, you said yes "
            .. "right away. What's going on at the practice that made this "
            .. "feel worth an afternoon?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reveal = { "growth" },
          reply = "'Oh, growing pains!' she says. 'Good ones. We open two more "
            .. "clinics in March, Spring Hill and Dickson.'",
          next = "tour",
          coach = "An open question about her world: SPIN situation. You "
            .. "asked why now, and she tells you about two new clinics "
            .. "before you have said a word about Chorus." },
        { id = "dog_chat",
          text = "He's gorgeous. How long have you had Biscuit?",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "Her whole face lights up. 'Oh, that's a story.'",
          next = "dog_story",
          coach = "Empathy, building rapport: genuine warmth, and she loves "
            .. "it. It's a fine start, as long as you steer somewhere "
            .. "afterward." },
        { id = "pitch_open",
          text = "Let me show you what Chorus does for multi-clinic practices. "
            .. "I brought a quick demo.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Oh! Sure, of course,' she says, and smiles a little less.",
          next = "polite_yes",
          coach = "Transactional pushing: a demo before a single question. "
            .. "She'll never tell you to stop, which is exactly why you "
            .. "should have asked first." },
        { id = "price_first",
          text = "I know you're busy, so let's be efficient: shall I walk you "
            .. "through pricing for seven locations?",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Sure, sure,' she says. 'Whatever's easiest for you.'",
          next = "polite_yes",
          coach = "Transactional pushing: jumping to price before you know "
            .. "the problem. 'Whatever's easiest for you' is not interest; "
            .. "it's politeness." },
      },
    },

    tour = {
      say = function(s)
        if s.trust >= 40 then
          return "Seven clinics, twenty-six vets, booked solid, and the phones "
            .. "ring off the hook all day, which, ha, is a good problem to have, "
            .. "right? And the team is wonderful. Mostly."
        end
        return "Seven clinics, twenty-six vets, booked solid. The phones ring "
          .. "off the hook, the team is wonderful. We're very lucky."
      end,
      choices = {
        { id = "off_hook",
          text = "You said the phones ring off the hook. What happens when "
            .. "nobody can get to one?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "phones" },
          reply = "She laughs, a bit too quickly. 'Voicemail, mostly.'",
          next = "phones",
          coach = "Active listening, sensing stage, plus a SPIN problem "
            .. "question: you caught the problem she dressed up as good news "
            .. "and asked where it breaks." },
        { id = "mostly_team",
          text = "You said the team is wonderful, 'mostly.' What's behind the "
            .. "'mostly'?",
          when = function(s) return s.trust >= 40 end,
          skills = { empathy = 1, listening = 3 },
          state = { trust = 10 },
          reply = "She pauses, which she hasn't done yet. 'You don't miss "
            .. "much, do you?'",
          next = "staff",
          coach = "Active listening, sensing stage: you noticed the one word "
            .. "she didn't laugh about. That word is the door to her real "
            .. "problem." },
        { id = "congrats",
          text = "Seven clinics and booked solid. You must be so proud of what "
            .. "you've built.",
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'I really am,' she says, and tells you about it.",
          next = "proud",
          coach = "Empathy without direction: warm and sincere, but you took "
            .. "the good-news version at face value and left 'off the hook' "
            .. "on the table." },
        { id = "pitch_booking",
          text = "Online booking would take a lot of those calls off your desks. "
            .. "Chorus does that really well.",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Oh, neat,' she says. 'We should look at that.'",
          next = "polite_yes",
          coach = "Transactional pushing dressed as help: a fix for a problem "
            .. "you haven't heard yet. 'We should look at that' is how she "
            .. "says no." },
      },
    },

    phones = {
      say = function(s)
        if s.trust >= 50 then
          return "They roll to voicemail and people call back, mostly. Tanya, "
            .. "my practice manager here, keeps saying... well, Tanya worries, "
            .. "that's her job, ha."
        end
        return "They roll to voicemail and people call back. It's fine! "
          .. "Everybody's phones are crazy."
      end,
      choices = {
        { id = "notice_tanya",
          text = "You started to say something about Tanya. What does she keep "
            .. "saying?",
          when = function(s) return s.trust >= 50 end,
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = "Jan stirs her coffee for a while before she answers.",
          next = "staff",
          coach = "Active listening, sensing stage: you heard the sentence "
            .. "she didn't finish and invited her to finish it. What a "
            .. "yes-sayer leaves out is usually the point." },
        { id = "dont_call_back",
          text = "And the people who don't call back? Where do they go?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "cost" },
          reply = "'Somewhere else, I suppose,' she says. 'Tanya actually "
            .. "keeps count. Hang on.'",
          next = "cost",
          coach = "A SPIN implication question: 'mostly' means some never "
            .. "call back, and you asked what that costs. Good, though the "
            .. "people behind the phones are still unexplored." },
        { id = "hectic",
          text = "That sounds hectic for whoever's at the front desk.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Oh, it is,' she says. 'Bless them.'",
          next = "staff",
          coach = "Empathy, responding stage: you turned to the people "
            .. "behind the problem. Kind, and it opens a door, but a "
            .. "question would have opened it wider." },
        { id = "overflow_pitch",
          text = "Chorus rings overflow calls at whichever clinic has someone "
            .. "free. Want to see it?",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure!' she says. She doesn't look at the screen for long.",
          next = "polite_yes",
          coach = "Transactional pushing: you matched a feature to her first "
            .. "symptom. She'll agree it's neat and never tell you what's "
            .. "really wrong." },
      },
    },

    ----------------------------------------------------------------------
    -- The buried problem: the phones are costing her people.
    ----------------------------------------------------------------------
    staff = {
      say = function(s)
        if s.trust >= 60 then
          return "Honestly? I've lost five front-desk people this year, and "
            .. "Tanya told me last month she's running on fumes. A practice "
            .. "across town has been calling her, and I haven't told anyone that."
        end
        return "Oh, staffing's hard everywhere, isn't it? We'll manage. We "
          .. "always do."
      end,
      choices = {
        { id = "if_tanya_left",
          text = "Five people in a year, and now Tanya's being recruited. What "
            .. "would it mean for Franklin if she left?",
          when = function(s) return s.trust >= 60 end,
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "turnover" },
          reply = "'Franklin would fall apart,' she says quietly. 'She is "
            .. "Franklin.'",
          next = "turnover_talk",
          coach = "Active listening, processing stage, and a SPIN "
            .. "implication question: you tied the five departures to Tanya "
            .. "and asked what losing her would mean. That is the real "
            .. "problem, finally on the table." },
        { id = "more_to_it",
          text = "It sounds like there's more to it than that. What's been "
            .. "hardest?",
          when = function(s) return s.trust < 60 end,
          once = true,
          skills = { empathy = 2, listening = 2 },
          state = { trust = 10 },
          reply = "She looks at you for a moment, deciding something.",
          next = "staff",
          coach = "Active listening, responding stage: you didn't accept "
            .. "the brave face, and you gave her room instead of pressure." },
        { id = "everywhere",
          text = "It really is hard everywhere right now. You're not alone.",
          skills = { empathy = 1 },
          reply = "'That's what I keep telling myself,' she says, and moves on.",
          next = "hub",
          coach = "Agreeable, not listening: you comforted her out of the "
            .. "very subject she needed to talk about." },
        { id = "hire_more",
          text = "Have you thought about hiring one more receptionist per "
            .. "clinic?",
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'We can't keep the ones we have,' she says, then laughs it "
            .. "off.",
          next = "hub",
          coach = "Solving too soon: advice before understanding. You "
            .. "offered a fix for a problem you hadn't asked about, and she "
            .. "told you why it wouldn't work." },
      },
    },

    turnover_talk = {
      say = "Jess, one of the five, said in her exit interview that she "
        .. "dreaded the sound of the phone, and we're an animal hospital! "
        .. "Sorry, I don't usually unload like this on someone I just met.",
      choices = {
        { id = "put_number",
          text = "Please don't apologize. Between the turnover and the calls "
            .. "nobody answers, have you ever put a number on what it's "
            .. "costing you?",
          when = function(s) return not s.facts.cost end,
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "cost" },
          reply = "'Tanya has,' she says. 'Of course she has.'",
          next = "cost",
          coach = "Empathy plus a SPIN implication question: you made it "
            .. "safe to keep talking and turned her worry into a cost she "
            .. "can take to someone." },
        { id = "tie_cost",
          text = "Don't apologize. So the missed calls aren't just lost "
            .. "clients, they're why people like Jess leave. Is that fair?",
          when = function(s) return s.facts.cost end,
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reply = "'That's exactly it,' she says. 'I'd never put the two "
            .. "together.'",
          next = "hub",
          coach = "Active listening, processing stage: you tied the cost she "
            .. "gave you earlier to the people she just described. One "
            .. "problem, not two." },
        { id = "not_silly",
          text = "Don't apologize. It's obvious how much you care about your "
            .. "people.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'I do,' she says. 'Anyway! Where were we?'",
          next = "hub",
          coach = "Empathy, responding stage: kind and true, but she closes "
            .. "the subject with 'anyway,' and you let her." },
        { id = "answering_service",
          text = "An answering service could take the overflow off Tanya's "
            .. "plate right away.",
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reveal = { "tried" },
          reply = "'Oh, we tried one last spring,' she says. 'Clients hated "
            .. "it. We canceled after three months.'",
          next = "hub",
          coach = "Solving too soon: you prescribed before you asked what "
            .. "she had tried, and learned it the awkward way." },
        { id = "pitch_chorus",
          text = "This is exactly why practices switch to Chorus.",
          skills = { pushing = 2 },
          state = { trust = -15 },
          reply = "'I'm sure,' she says, and the warmth goes out of the room a "
            .. "little.",
          next = "hub",
          coach = "Transactional pushing: she told you something personal "
            .. "and you used it as a sales line." },
      },
    },

    cost = {
      say = function(s)
        if s.facts.turnover then
          return "Tanya counts about forty-five new-client calls a month that "
            .. "never call back, and a new client is worth maybe five-fifty a "
            .. "year. Every receptionist I replace costs me six thousand by the "
            .. "time they're trained. Huh, said out loud, that's a lot."
        end
        return "Tanya counts about forty-five new-client calls a month that "
          .. "never call back, and a new client is worth maybe five-fifty a "
          .. "year. Huh, said out loud, that's a lot."
      end,
      choices = {
        { id = "cost_sum",
          text = function(s)
            local line = "Forty-five new clients a month at five-fifty a year "
              .. "is close to three hundred thousand a year"
            if s.facts.turnover then
              line = line .. ", plus thirty thousand in turnover"
            end
            if s.facts.growth then
              line = line .. ", and that's before two new clinics open"
            end
            return line .. ". Did I get that right?"
          end,
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'I... yes,' she says. 'Ray would faint.'",
          next = "hub",
          coach = "Active listening, processing stage: you did the math on "
            .. "her own numbers and checked it with her. Now the problem has "
            .. "a size she can repeat." },
        { id = "cost_wow",
          text = "Wow. That really adds up.",
          skills = { empathy = 1, listening = 1 },
          reply = "'Doesn't it?' she says brightly.",
          next = "hub",
          coach = "Listening, but passive: you acknowledged the number "
            .. "without sizing or confirming it, so it stays a vague 'a "
            .. "lot.'" },
        { id = "cost_pitch",
          text = "At those numbers, Chorus pays for itself in a quarter.",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Well, that's good news!' she says, a little too cheerfully.",
          next = "hub",
          coach = "Transactional pushing: you grabbed her number for your "
            .. "pitch before she'd finished thinking about it." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: what else a good discovery needs, in any order.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        if s.trust >= 70 then
          return "Ask me anything. I feel like I'm finally saying things out "
            .. "loud."
        elseif s.trust >= 45 then
          return "This is so nice. What else can I tell you?"
        end
        return "Well! What else can I tell you?"
      end,
      choices = {
        { id = "ask_staff",
          text = "Who's actually answering all those calls? How is the front "
            .. "desk holding up?",
          once = true,
          requires = { "phones" },
          when = function(s) return not s.facts.turnover end,
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          next = "staff",
          coach = "Active listening, sensing stage, a little late: you "
            .. "looked past the phones to the people answering them, which "
            .. "is where her real problem lives." },
        { id = "ask_cost",
          text = "When a call goes to voicemail, how many of those people "
            .. "never call back?",
          once = true,
          requires = { "phones" },
          when = function(s) return not s.facts.cost end,
          skills = { listening = 2, problem_solving = 3 },
          reveal = { "cost" },
          next = "cost",
          coach = "A SPIN implication question: without a cost, her problem "
            .. "is an annoyance, and annoyances don't get budgets." },
        { id = "ask_phones",
          text = "You said the phones ring off the hook. What happens when "
            .. "nobody can pick up?",
          once = true,
          when = function(s) return not s.facts.phones end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "phones" },
          reply = "'Voicemail,' she says. 'More than I'd like, honestly.'",
          next = "hub",
          coach = "A SPIN problem question, late but in time: you went back "
            .. "to the one thing she joked about." },
        { id = "ask_tried",
          text = "What have you tried so far to take the pressure off the "
            .. "phones?",
          once = true,
          requires = { "phones" },
          when = function(s) return not s.facts.tried end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "tried" },
          next = "tried",
          coach = "A SPIN situation question with a purpose: what failed "
            .. "before tells you what she'll need this time (decision "
            .. "criteria in MEDDIC)." },
        { id = "ask_decision",
          text = "If you wanted to change how the phones work, who besides you "
            .. "would weigh in?",
          once = true,
          when = function(s) return not s.facts.decision end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "decision" },
          next = "decision",
          coach = "MEDDIC, economic buyer: with someone who says yes to "
            .. "everyone, you need to know whose yes actually counts." },
        { id = "ask_growth",
          text = "What's coming up for the practice this year?",
          once = true,
          when = function(s) return not s.facts.growth end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "growth" },
          reply = function(s)
            if s.facts.phones then
              return "'Two more clinics, in March, Spring Hill and Dickson,' "
                .. "she says. 'And I honestly don't know who answers their "
                .. "phones. Tanya, I suppose.' She hears herself say it."
            end
            return "'Two more clinics in March,' she says. 'Isn't that "
              .. "exciting?'"
          end,
          next = "hub",
          coach = "MEDDIC, timeline: the new clinics are the date that makes "
            .. "this urgent for her, and they are about to double the "
            .. "problem." },
        { id = "summarize",
          text = "Can I play back what I've heard? The phones go to voicemail "
            .. "at the busy clinics, the calls that don't come back cost you "
            .. "close to three hundred thousand a year, and the same phones "
            .. "are why your front desk keeps leaving, with Tanya next. Is "
            .. "that the real problem?",
          requires = { "phones", "turnover", "cost" },
          unavailable = "You haven't yet heard what the phones are really "
            .. "doing to her staff, or what it costs. Keep listening.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied the phones, "
            .. "the money and the people into one problem and checked it "
            .. "with her. For a yes-sayer, hearing it plainly is what makes "
            .. "it real." },
        { id = "keep_touch",
          text = "This has been so lovely. Why don't we keep in touch, and I'll "
            .. "check back after the new clinics open?",
          skills = { empathy = 1, listening = 1 },
          next = friendly_exit,
          coach = "Friendly but unfocused: she'll happily agree to keep in "
            .. "touch, and nothing will happen. Without the real problem on "
            .. "the table there's no reason to act." },
        { id = "send_proposal",
          text = "Shall I put together a proposal for all seven clinics?",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure, send it over!' she says.",
          next = hollow_yes,
          coach = "Transactional pushing, a premature close: she'll say yes "
            .. "to the proposal because she says yes to everything. A yes "
            .. "without a problem behind it is just politeness." },
      },
    },

    tried = {
      say = "Last spring we tried an answering service, and clients hated it: "
        .. "they want someone who knows their dog's name, not a stranger in "
        .. "another state. We canceled after three months, and Ray said 'told "
        .. "you so' for a week.",
      choices = {
        { id = "criteria",
          text = "So whatever you do next has to keep calls with your own "
            .. "people, who know the pets. What else would it need to do?",
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Exactly that,' she says. 'And not make Tanya learn "
            .. "another system she hates.'",
          next = "hub",
          coach = "Active listening, processing stage: you turned a failed "
            .. "experiment into her decision criteria, in her words." },
        { id = "who_ray",
          text = "You mentioned Ray said 'told you so.' Who's Ray in all of "
            .. "this?",
          when = function(s) return not s.facts.decision end,
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "decision" },
          reply = "She laughs. 'Oh, Ray. Ray is the no in our partnership.'",
          next = "decision",
          coach = "Active listening, sensing stage: you caught a name she "
            .. "dropped in passing, and it was the person who signs." },
        { id = "not_like_that",
          text = "Chorus is nothing like an answering service. Your people "
            .. "answer every call.",
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -10 },
          reply = "'That's what the last company said,' she says, kindly.",
          next = "hub",
          coach = "Defending instead of exploring, a light form of pushing: "
            .. "you answered her experience with a claim instead of asking "
            .. "what she needs." },
        { id = "clients_tell",
          text = "Clients can always tell when it isn't you.",
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'They really can,' she says.",
          next = "hub",
          coach = "Empathy without a next step: she feels understood, but "
            .. "you didn't ask what the next solution would need." },
      },
    },

    decision = {
      say = "Ray Dunn, my partner, runs the money, and anything over fifty "
        .. "thousand goes past him. Honestly, I say yes to everyone and Ray's "
        .. "the one who says no; somebody has to, ha.",
      choices = {
        { id = "numbers_for_ray",
          text = "Then let's give Ray numbers he can check: Tanya's own call "
            .. "counts. Would she help us measure a month at Franklin, before "
            .. "and after?",
          requires = { "cost" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Oh, Tanya would love that,' she says. 'And Ray loves "
            .. "anything with a spreadsheet.'",
          next = "hub",
          coach = "MEDDIC, economic buyer and champion: you built a way to "
            .. "win Ray's no-saying mind with Tanya's own numbers, and made "
            .. "Tanya part of the fix." },
        { id = "ray_needs",
          text = "What would Ray need to see before he said yes?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Proof,' she says. 'Ray likes proof.'",
          next = "hub",
          coach = "MEDDIC, decision criteria: a good plain question about "
            .. "the person who signs." },
        { id = "under_fifty",
          text = "If we keep the first order under fifty thousand, you could "
            .. "sign it yourself and skip Ray.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Oh,' she says. 'I suppose I could.' She doesn't sound "
            .. "like she will.",
          next = "hub",
          coach = "Transactional pushing: going around the economic buyer. "
            .. "She won't argue, but she won't do it either, and now she "
            .. "wonders whose side you're on." },
        { id = "brochure_ray",
          text = "Great, I'll send Ray a brochure.",
          skills = { listening = 1 },
          reply = "'He'll love that,' she says. She is being polite.",
          next = "hub",
          coach = "Listening without problem-solving: you heard the name "
            .. "but made a broadcast, not a plan. Ray needs proof, not a "
            .. "brochure." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in her words, then the next step.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.trust >= 80 then
          return "Yes, that's it. I've been calling it 'busy' for a year "
            .. "because 'busy' sounds like good news."
        end
        return "I suppose that's fair, yes."
      end,
      choices = {
        { id = "payoff_q",
          text = "If every call got answered by someone who knows the pets, and "
            .. "Tanya could breathe again, what would that change for you?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'I'd stop dreading Monday mornings,' she says. 'And I'd "
            .. "open Spring Hill without being scared of it.'",
          next = "close",
          coach = "A SPIN need-payoff question: she puts the value into her "
            .. "own words, which will carry further with Ray than anything "
            .. "you could say." },
        { id = "thank_her",
          text = "Thank you for being so open with me. I know none of that is "
            .. "easy to say.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It isn't,' she says. 'So, what do we do?'",
          next = "close",
          coach = "Sincere empathy, but no need-payoff question: she never "
            .. "says out loud what fixing this would be worth to her." },
        { id = "contract_now",
          text = "Great, then let me send a contract for all nine clinics today.",
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'Oh! Well, sure,' she says. 'I'd have to show Ray.'",
          next = "close",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem, not the solution. Her 'sure' means nothing until "
            .. "Ray has seen proof." },
      },
    },

    close = {
      say = function(s)
        if s.trust >= 80 then
          return "So what would you suggest? I trust you to tell me "
            .. "straight."
        elseif s.trust >= 50 then
          return "So what's the next step?"
        end
        return "Well, this has been lovely. What did you have in mind?"
      end,
      choices = {
        { id = "trial_franklin",
          text = "Let's start where it hurts: thirty days at Franklin with "
            .. "Tanya, her call counts before and after, and we take the "
            .. "results to Ray before Spring Hill opens.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_trial,
          coach = "Problem-solving, the trusted-advisor close: a low-risk "
            .. "next step built from everything she told you: Tanya, her "
            .. "numbers, Ray's need for proof and the March deadline." },
        { id = "her_call",
          text = "What would you like the next step to be?",
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 65 and s.facts.cost then return "won_three" end
            if s.trust >= 50 and s.facts.phones then return "won_trial" end
            return "keep_in_touch"
          end,
          coach = "Listening, but passive: handing the next step to someone "
            .. "who avoids decisions leaves your deal to her good intentions." },
        { id = "sign_today",
          text = "I can have paperwork for all nine clinics over today. Can you "
            .. "and Ray sign by Friday?",
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 75 and s.facts.cost then return "won_trial" end
            if s.trust >= 40 then return "keep_in_touch" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: she'll say yes and "
            .. "Ray will say no, because nobody gave him proof." },
        { id = "touch_base",
          text = "Let's keep in touch. I'll check back after March.",
          skills = { empathy = 1 },
          next = friendly_exit,
          coach = "Friendly but unfocused: after all that discovery you "
            .. "left without a next step, so the March deadline will arrive "
            .. "before you do." },
      },
    },

    ----------------------------------------------------------------------
    -- The friendly track: delightful, and going nowhere unless you steer.
    ----------------------------------------------------------------------
    dog_story = {
      say = "Biscuit came in as a stray, four years ago. Tanya, my practice "
        .. "manager, took one look at him and that was that. She practically "
        .. "runs this place, when she isn't buried under the phones.",
      choices = {
        { id = "buried_phones",
          text = "Buried under the phones? What does that look like on a "
            .. "busy morning?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "phones" },
          reply = "'Ha! Three lines ringing and a Great Dane in the lobby,' "
            .. "she says. 'Half of them go to voicemail.'",
          next = "phones",
          coach = "Active listening, sensing stage: you picked the problem "
            .. "out of a dog story. That's how small talk becomes "
            .. "discovery." },
        { id = "more_dog",
          text = "I love that. Do a lot of your staff end up adopting "
            .. "patients?",
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'Oh, all of them,' she says, and tells you three more "
            .. "stories.",
          next = "proud",
          coach = "Empathy, off track: a lovely conversation, but you "
            .. "chased the dog and left 'buried under the phones' on the "
            .. "table." },
        { id = "phones_pitch",
          text = "Speaking of phones, that's exactly what Chorus fixes.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Oh! Well, isn't that lucky,' she says.",
          next = "polite_yes",
          coach = "Transactional pushing: you heard a keyword and pitched "
            .. "it, instead of asking what 'buried' means." },
      },
    },

    proud = {
      say = function(s)
        if s.facts.growth then
          return "We do pizza Fridays, birthday cakes for the patients, all of "
            .. "it. And Spring Hill and Dickson in March! The phones are a zoo, "
            .. "ha, but what can you do."
        end
        return "We do pizza Fridays, birthday cakes for the patients, all of "
          .. "it. And two new clinics in March! The phones are a zoo, ha, but "
          .. "what can you do."
      end,
      choices = {
        { id = "zoo",
          text = "A zoo how? Walk me through a busy morning at the front desk.",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "phones", "growth" },
          reply = "'Oh, you don't want to know,' she says, and then tells you.",
          next = "phones",
          coach = "Active listening, sensing stage, just in time: you "
            .. "caught the one complaint she slipped in between the good "
            .. "news and asked to see it." },
        { id = "pizza",
          text = "Pizza Fridays! I love that. How did that start?",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reveal = { "growth" },
          reply = "She tells you. It's a good story. The clock keeps running.",
          next = "chat_wrap",
          coach = "Active listening in circles: she feels liked, and you "
            .. "learn nothing you can help with." },
        { id = "send_info",
          text = "Sounds like a great culture. I'll send over some information "
            .. "on Chorus.",
          skills = { pushing = 1 },
          state = { trust = -5 },
          reveal = { "growth" },
          reply = "'Please do!' she says, with her hand already on the door.",
          next = hollow_yes,
          coach = "Passive and transactional: a brochure in place of a "
            .. "conversation. She'll thank you and never read it." },
      },
    },

    chat_wrap = {
      say = function(s)
        if s.trust >= 55 then
          return "This has been such fun! I've got that two o'clock, but let's "
            .. "definitely keep in touch."
        end
        return "Well, I've got a two o'clock. Let's keep in touch!"
      end,
      choices = {
        { id = "before_you_go",
          text = "Before you go: you called the phones a zoo. What happens "
            .. "when nobody can pick up?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "phones" },
          reply = "She glances at the clock and sits back down. 'Voicemail. A "
            .. "lot of voicemail.'",
          next = "phones",
          coach = "Active listening, sensing stage, late: you went back to "
            .. "the only complaint she made, and it rescues the call." },
        { id = "keep_touch_chat",
          text = "Let's do that! I'll check in after the new clinics open.",
          skills = { empathy = 1, listening = 1 },
          next = friendly_exit,
          coach = "Friendly but unfocused: a delightful hour that ends "
            .. "exactly where it started. She liked you; she has no reason "
            .. "to buy." },
        { id = "contract_all",
          text = "Can I send you a contract for all seven clinics?",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Oh! Sure, send it,' she says.",
          next = hollow_yes,
          coach = "Transactional pushing: asking for the whole practice "
            .. "after a chat about pizza. Her yes is politeness." },
      },
    },

    ----------------------------------------------------------------------
    -- The pushy track: she agrees politely and retreats.
    ----------------------------------------------------------------------
    polite_yes = {
      say = function(s)
        if s.trust >= 30 then
          return "That all looks great, really! I'll have to think about it, "
            .. "of course."
        end
        return "Mm-hm. Lovely. Was there anything else? I do have that two "
          .. "o'clock."
      end,
      choices = {
        { id = "start_over",
          text = "I got ahead of myself. Before any more Chorus, can I ask how "
            .. "calls actually get handled across your clinics?",
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 10 },
          reply = "She relaxes. 'Oh, thank goodness, I was nodding along.'",
          next = "tour",
          coach = "Empathy and a recovery: you noticed her agreement was "
            .. "polite, owned it, and switched to a SPIN situation question." },
        { id = "proposal_today",
          text = "Great, I'll send a proposal for all seven clinics today.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Wonderful,' she says.",
          next = hollow_yes,
          coach = "Transactional pushing: you mistook politeness for "
            .. "interest. She'll never open the proposal." },
        { id = "discount_month",
          text = "If you sign this month, I can take twenty percent off.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Oh, that's generous,' she says, and changes the subject.",
          next = hollow_yes,
          coach = "Discounting to close: transactional pushing. A discount "
            .. "on a problem she hasn't named is a discount on nothing." },
      },
    },
  },

  endings = {
    won_practice = {
      say = "Tanya's thirty days at Franklin cut unanswered calls from a third "
        .. "to one in twenty. Ray reads her spreadsheet twice and signs a "
        .. "three-year agreement for all nine clinics, live before Spring Hill "
        .. "opens. Tanya turns down the practice across town.",
      outcome = { result = "won", deal_value = 162000, days_to_close = 35 },
    },
    won_three = {
      say = "Jan signs for Franklin and the two new clinics. Ray wants a year "
        .. "of results before the other six, and it takes two months and "
        .. "three more meetings to get that far.",
      outcome = { result = "won", deal_value = 45000, days_to_close = 70 },
    },
    won_trial = {
      say = "Five months later, Jan agrees to a trial at one clinic. She liked "
        .. "every conversation, but nobody ever showed Ray why it mattered, so "
        .. "nobody was in a hurry.",
      outcome = { result = "won", deal_value = 8000, days_to_close = 150 },
    },
    keep_in_touch = {
      say = "Jan answers every email within the hour, always warmly, always "
        .. "'let's keep in touch.' Spring Hill opens in March with its calls "
        .. "rolling to voicemail. In May, Tanya takes the job across town.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Jan stops replying. In April you hear that Ray signed a cheap "
        .. "phone system the cable company offered him, and nothing changed at "
        .. "the front desks.",
      outcome = { result = "lost" },
    },
  },

  tests = {
    { name = "sensing what she glosses over wins the whole practice",
      path = { "what_prompted", "off_hook", "notice_tanya", "if_tanya_left",
               "put_number", "cost_sum", "ask_tried", "criteria", "ask_decision",
               "numbers_for_ray", "summarize", "payoff_q",
               "trial_franklin" },
      ending = "won_practice", min = { overall = 90, trust = 80 },
      max = { transactional_pushing = 0 },
      facts = { "growth", "phones", "turnover", "cost", "tried", "decision" } },
    { name = "pitching and discounting to a yes-sayer loses the account",
      path = { "price_first", "discount_month" },
      result = "lost", max = { overall = 15 } },
    { name = "a delightful chat ends in 'let's keep in touch'",
      path = { "dog_chat", "more_dog", "pizza", "keep_touch_chat" },
      ending = "keep_in_touch", max = { relationship_quality = 60 } },
    { name = "a warm, thorough call that never asks who signs wins three clinics",
      path = { "what_prompted", "off_hook", "notice_tanya", "if_tanya_left",
               "put_number", "cost_sum", "ask_tried", "criteria", "summarize",
               "payoff_q", "trial_franklin" },
      ending = "won_three", min = { relationship_quality = 80 } },
    { name = "kind replies and a passive close win three clinics, not nine",
      path = { "dog_chat", "buried_phones", "hectic", "more_to_it",
               "if_tanya_left", "not_silly", "ask_cost", "cost_wow", "ask_tried",
               "clients_tell", "ask_decision", "ray_needs", "summarize",
               "thank_her", "her_call" },
      ending = "won_three", max = { overall = 85 } },
    { name = "a kind call that ends in 'let's keep in touch' wins only a trial",
      path = { "dog_chat", "buried_phones", "hectic", "more_to_it", "everywhere",
               "ask_cost", "cost_wow", "keep_touch" },
      ending = "won_trial", max = { relationship_quality = 75 } },
    { name = "going around Ray once costs the whole practice",
      path = { "what_prompted", "off_hook", "notice_tanya", "if_tanya_left",
               "put_number", "cost_sum", "ask_tried", "criteria", "ask_decision",
               "under_fifty", "summarize", "payoff_q",
               "trial_franklin" },
      ending = "won_three" },
    { name = "the summary stays locked until her staff problem comes out",
      path = { "what_prompted", "off_hook", "dont_call_back", "cost_sum" },
      offered = { "ask_staff" }, not_offered = { "summarize" } },
  },
}
