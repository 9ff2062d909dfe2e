-- friendly-but-vague.lua: a warm prospect who says yes to everything.
--
-- Dr. Ottilie Marchbanks owns seven veterinary clinics and likes you from
-- the first minute.  She agrees with every idea, laughs off every problem
-- and never says no, so a pleasant call is easy and a real one is not.  Her
-- real problem is buried under the small talk: the phones are driving her
-- front-desk staff out the door, and the practice manager who holds her
-- flagship together is about to be poached.  Only a trainee who senses what
-- she glosses over, sizes what it costs and finds out who signs (her
-- partner, Anselm) wins the whole practice.  A merely friendly call ends in
-- "let's keep in touch" or a one-clinic trial.
--
-- How the options are written (issue 14): every decision has a polished
-- option that is wrong for her at that moment: a number or a name
-- misremembered (fifteen people for five, a month for a year, Wrenna for
-- Zorana), reassurance when she needs room, a fact question that breaks
-- the one silence that matters, a need-payoff question instead of the
-- price she asked for.  Two turns break the usual arc.  When she finally
-- says what losing Zorana would mean and goes quiet, the right move is to
-- wait (active empathetic listening, Drollinger: sensing before
-- responding).  When she asks what it costs, the right move is a plain
-- number, and a discount offered before anyone asked for one is a
-- concession given away (Challenger: concessions are traded, not given).
-- Kindness alone never wins the big deal: a warm call that never sizes the
-- problem ends in a trial at best.
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
  end
  return "keep_in_touch"
end

-- The friendly exit: pleasant, and only as good as what you found out.
local function friendly_exit(s)
  if s.trust >= 60 and known(s, "phones", "cost") then return "won_trial" end
  if s.trust >= 25 then return "keep_in_touch" end
  return "lost"
end

-- A hollow yes: she agrees to the proposal and then never opens it.
local function hollow_yes(s)
  if s.trust >= 20 then return "keep_in_touch" end
  return "lost"
end

return scenario {
  id = "friendly-but-vague",
  title = "A warm veterinary owner who says yes to everything",
  module = "listening",
  difficulty = "beginner",
  version = "2.0",
  minutes = 12,
  currency = "USD",
  brief = "Dr. Ottilie Marchbanks owns Harpeth Valley Veterinary, seven animal "
    .. "hospitals around Nashville, Tennessee. She said yes to a meeting at her "
    .. "flagship clinic in Franklin the moment you asked. You sell Chorus, a "
    .. "shared phone and client-texting system that lets any clinic pick up "
    .. "another clinic's calls, at about $1,500 a clinic a month. She will be "
    .. "friendly whatever you do. Find out what problem she actually has, what "
    .. "it costs her, and who decides.",
  prospect = {
    name = "Dr. Ottilie Marchbanks",
    role = "Founder and Owner",
    company = "Harpeth Valley Veterinary",
    persona = "Warm, chatty and generous with her time. She hates conflict, "
      .. "says yes to everyone and laughs off bad news, so the problems that "
      .. "matter come out as asides, half-finished sentences and jokes. When "
      .. "she does ask a direct question, she wants a direct answer.",
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
      .. "year, and exit interviews blame the phones. Zorana Kettleby, the "
      .. "practice manager who holds Franklin together, is running on fumes, "
      .. "and a competitor has been calling her.",
    cost = "Zorana counts about forty-five new-client calls a month that never "
      .. "call back; a new client is worth about $550 a year, so close to "
      .. "$300,000 a year, plus about $6,000 to replace each receptionist.",
    tried = "Last spring they tried an outside answering service; clients "
      .. "hated talking to strangers and she canceled after three months. "
      .. "Whatever comes next has to keep calls with her own people.",
    decision = "Her partner, Anselm Roark, runs the money and must approve "
      .. "anything over $50,000. He is a numbers man and still says 'told you "
      .. "so' about the answering service.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: she is delighted to see you.
    ----------------------------------------------------------------------
    opening = {
      say = "Come in, come in! Ignore Dumpling, he thinks every visitor is here "
        .. "for him. I'm so glad you called, and I've got all afternoon, well, "
        .. "until a two o'clock consult.",
      choices = {
        { id = "dog_chat",
          text = { "He's gorgeous. How long have you had Dumpling?",
            "Dumpling and I are friends already. Is he a clinic dog, or "
              .. "does he go home with you at night?",
            "Is Dumpling yours?" },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "Her whole face lights up. 'Oh, that's a story.'",
          next = "dog_story",
          coach = "Empathy, building rapport: genuine warmth, and she loves "
            .. "it. It's a fine start, as long as you steer somewhere "
            .. "afterward." },
        { id = "price_first",
          text = { "I know you're busy, so let's be efficient: shall I walk you "
              .. "through pricing for all seven locations first, and then we "
              .. "can see together whether the rest of it is even worth your "
              .. "afternoon?",
            "Would it save you time if I started with what seven "
              .. "locations would cost you?",
            "Shall we start with pricing?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Sure, sure,' she says. 'Whatever's easiest for you.'",
          next = "polite_yes",
          coach = "Transactional pushing: jumping to price before you know "
            .. "the problem. 'Whatever's easiest for you' is not interest; "
            .. "it's politeness." },
        { id = "what_prompted",
          text = { "Thank you for making the time. What's going on at the "
              .. "practice that made this feel worth an afternoon?",
            "Most people don't say yes the moment I call. I'd like to "
              .. "know what made an afternoon feel worth it to you.",
            "That was a fast yes. I'm curious why.",
            "Thank you for making the time, and for the welcome. When I "
              .. "called, you said yes right away, which almost nobody does. "
              .. "What's going on at the practice that made this feel worth a "
              .. "whole afternoon?" },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reveal = { "growth" },
          reply = "'Oh, growing pains!' she says. 'Good ones. We open two more "
            .. "clinics in March, Spring Hill and Dickson.'",
          next = "tour",
          coach = "An open question about her world: SPIN situation. You "
            .. "asked why now, and she tells you about two new clinics "
            .. "before you have said a word about Chorus." },
        { id = "agenda_first",
          text = { "So we use your afternoon well, I'd like to cover three "
              .. "things: your current phone setup, your call volumes at each "
              .. "clinic, and your timeline for making a decision.",
            "Could we go through your phone setup, your call volumes and "
              .. "your decision timeline?",
            "I've got three quick topics." },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'Oh! Very organized,' she says, and gives you the cheerful "
            .. "version of each.",
          next = "tour",
          coach = "Structure without curiosity: a sensible agenda for most "
            .. "buyers, but a yes-sayer answers a checklist cheerfully and "
            .. "hides the rest. You asked for volumes before you asked why "
            .. "she said yes." },
        { id = "pitch_open",
          text = { "Let me show you what Chorus does for multi-clinic practices "
              .. "like yours. I brought a quick demo, and it'll make the rest "
              .. "of the conversation much easier to picture.",
            "Would it help if I showed you the quick demo first, so you "
              .. "can picture it as we talk?",
            "I brought a quick demo." },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Oh! Sure, of course,' she says, and smiles a little less.",
          next = "polite_yes",
          coach = "Transactional pushing: a demo before a single question. "
            .. "She'll never tell you to stop, which is exactly why you "
            .. "should have asked first." },
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
        { id = "congrats",
          text = { "Seven clinics and booked solid. You must be so proud of what "
              .. "you've built.",
            "So: twenty-six vets, booked solid, and a team you call "
              .. "wonderful. That's quite something to have built from one "
              .. "clinic.",
            "Booked solid? That's wonderful.",
            "What a practice." },
          skills = { empathy = 2 },
          reply = "'I really am,' she says, and tells you about it.",
          next = "proud",
          coach = "Empathy without direction: warm and sincere, but you took "
            .. "the good-news version at face value and left 'off the hook' "
            .. "on the table." },
        { id = "off_hook",
          text = { "The phones ring off the hook, you said. What happens when "
              .. "nobody can get to one?",
            "Ringing off the hook all day is the part I'd want to see. "
              .. "When every line is ringing, somebody's call isn't getting "
              .. "answered.",
            "Off the hook. So some calls don't get answered." },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "phones" },
          reply = "She laughs, a bit too quickly. 'Voicemail, mostly.'",
          next = "phones",
          coach = "Active listening, sensing stage, plus a SPIN problem "
            .. "question: you caught the problem she dressed up as good news "
            .. "and asked where it breaks." },
        { id = "wrong_tour",
          text = { "You said seventeen clinics and booked solid, with the phones "
              .. "finally 'quiet.' How did the team get there?",
            "So the phones have calmed down now that you're booked solid "
              .. "across seventeen clinics. That must make the team's day a "
              .. "lot easier.",
            "Seventeen clinics now?" },
          skills = {},
          state = { trust = -10 },
          reply = "'Seven!' she laughs. 'And the phones are anything but quiet. "
            .. "But the team's wonderful, they really are.'",
          next = "proud",
          coach = "Processing failed: a warm line built on the wrong facts. "
            .. "She said seven clinics and phones ringing off the hook; she "
            .. "corrects you cheerfully, and goes back to the good news." },
        { id = "mostly_team",
          text = { "The team is wonderful, 'mostly,' you said. What's behind the "
              .. "'mostly'?",
            "You laughed at everything except one word: mostly." },
          when = function(s) return s.trust >= 40 end,
          skills = { empathy = 1, listening = 3 },
          state = { trust = 10 },
          reply = "She pauses, which she hasn't done yet. 'You don't miss "
            .. "much, do you?'",
          next = "staff",
          coach = "Active listening, sensing stage: you noticed the one word "
            .. "she didn't laugh about. That word is the door to her real "
            .. "problem." },
        { id = "pitch_booking",
          text = { "Online booking would take a lot of those calls off your "
              .. "desks. Chorus does that really well.",
            "Would it take pressure off your desks if clients could just "
              .. "book online instead of calling?",
            "Have you tried online booking?" },
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
          return "They roll to voicemail and people call back, mostly. Zorana, "
            .. "my practice manager here, keeps saying... well, Zorana worries, "
            .. "that's her job, ha."
        end
        return "They roll to voicemail and people call back. It's fine! "
          .. "Everybody's phones are crazy."
      end,
      choices = {
        { id = "hectic",
          text = { "That sounds hectic for whoever's at the front desk.",
            "I'd guess it's the people at the front desk who feel that "
              .. "most, answering one line while three more ring and a dog "
              .. "waits to be checked in.",
            "Hectic for the front desk?" },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Oh, it is,' she says. 'Bless them.'",
          next = "staff",
          coach = "Empathy, responding stage: you turned to the people "
            .. "behind the problem. Kind, and it opens a door, but a "
            .. "question would have opened it wider." },
        { id = "overflow_pitch",
          text = { "Chorus rings overflow calls at whichever clinic has someone "
              .. "free. Want to see it?",
            "What if any clinic with a free pair of hands could pick up "
              .. "the calls your busy ones can't?" },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure!' she says. She doesn't look at the screen for long.",
          next = "polite_yes",
          coach = "Transactional pushing: you matched a feature to her first "
            .. "symptom. She'll agree it's neat and never tell you what's "
            .. "really wrong." },
        { id = "notice_tanya",
          text = { "You started to say something about Zorana. What does she "
              .. "keep saying?",
            "You stopped yourself halfway through a sentence about "
              .. "Zorana. I'd like to hear the rest of it.",
            "You didn't finish the sentence about Zorana.",
            "You were about to tell me what Zorana keeps saying, and then "
              .. "you laughed it off. I'd really like to hear the rest of that "
              .. "sentence, whatever it was going to be." },
          when = function(s) return s.trust >= 50 end,
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = "Ottilie stirs her coffee for a while before she answers.",
          next = "staff",
          coach = "Active listening, sensing stage: you heard the sentence "
            .. "she didn't finish and invited her to finish it. What a "
            .. "yes-sayer leaves out is usually the point." },
        { id = "wrong_phones",
          text = { "You said most people call back, and Zorana's 'fine' with how "
              .. "voicemail is working? That's good to hear.",
            "Good that Zorana has voicemail handled, then. Do most of the "
              .. "callers who leave a message get a call back the same day?",
            "So voicemail works?" },
          skills = {},
          state = { trust = -10 },
          reply = "'Happy? Ha,' she says. 'Zorana worries. But yes, it's "
            .. "fine.' The door you almost had closes.",
          next = "staff",
          coach = "Processing failed: she said 'mostly' and 'Zorana worries,' "
            .. "and you played it back as 'fine.' Agreeing with a yes-sayer's "
            .. "cheerful version is how the real problem stays hidden." },
        { id = "dont_call_back",
          text = { "And the people who don't call back? Where do they go?",
            "Mostly means some of them never call back, and I'd guess "
              .. "they don't wait. They call the next clinic on the list.",
            "Some never call back, then." },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "cost" },
          reply = "'Somewhere else, I suppose,' she says. 'Zorana actually "
            .. "keeps count. Hang on.'",
          next = "cost",
          coach = "A SPIN implication question: 'mostly' means some never "
            .. "call back, and you asked what that costs. Good, though the "
            .. "people behind the phones are still unexplored." },
      },
    },

    ----------------------------------------------------------------------
    -- The buried problem: the phones are costing her people.
    ----------------------------------------------------------------------
    staff = {
      say = function(s)
        if s.trust >= 60 then
          return "Honestly? I've lost five front-desk people this year, and "
            .. "Zorana told me last month she's running on fumes. A practice "
            .. "across town has been calling her, and I haven't told anyone that."
        end
        return "Oh, staffing's hard everywhere, isn't it? We'll manage. We "
          .. "always do."
      end,
      choices = {
        { id = "hire_more",
          text = { "Have you thought about hiring one more receptionist per "
              .. "clinic?",
            "One more receptionist per clinic would take the edge off, "
              .. "I'd think, and with seven clinics you could stagger the "
              .. "hiring over the spring.",
            "Could you hire more?",
            "More receptionists, then." },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'We can't keep the ones we have,' she says, then laughs it "
            .. "off.",
          next = "hub",
          coach = "Solving too soon: advice before understanding. You "
            .. "offered a fix for a problem you hadn't asked about, and she "
            .. "told you why it wouldn't work." },
        { id = "if_tanya_left",
          text = { "Five people in a year, and now Zorana's being recruited. "
              .. "What would it mean for Franklin if she left?",
            "Five gone this year, and the practice across town calling "
              .. "Zorana. I'd want to understand what Franklin looks like "
              .. "without her.",
            "And if Zorana took that call?" },
          when = function(s) return s.trust >= 60 end,
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "turnover" },
          reply = "'Franklin would fall apart,' she says quietly. 'She is "
            .. "Franklin.'",
          next = "quiet",
          coach = "Active listening, processing stage, and a SPIN "
            .. "implication question: you tied the five departures to Zorana "
            .. "and asked what losing her would mean. That is the real "
            .. "problem, finally on the table." },
        { id = "everywhere",
          text = { "It really is hard everywhere right now. You're not alone.",
            "Every practice owner I talk to says the same thing about "
              .. "staffing this year. You're in good company, and you clearly "
              .. "look after your people.",
            "Isn't it hard everywhere?" },
          skills = { empathy = 1 },
          reply = "'That's what I keep telling myself,' she says, and moves on.",
          next = "hub",
          coach = "Agreeable, not listening: you comforted her out of the "
            .. "very subject she needed to talk about." },
        { id = "more_to_it",
          text = { "It sounds like there's more to it than that. What's been "
              .. "hardest?",
            "You said 'we'll manage' the way people do when it's been hard. "
              .. "I'm not in a hurry." },
          when = function(s) return s.trust < 60 end,
          once = true,
          skills = { empathy = 2, listening = 2 },
          state = { trust = 10 },
          reply = "She looks at you for a moment, deciding something.",
          next = "staff",
          coach = "Active listening, responding stage: you didn't accept "
            .. "the brave face, and you gave her room instead of pressure." },
        { id = "wrong_staff",
          text = { "You said fifteen people gone this year, and Zorana 'thinking "
              .. "about' the clinic across town. What would Franklin do "
              .. "without her?",
            "Fifteen front-desk people in a year is a lot of goodbyes, "
              .. "and now Zorana too. No wonder you haven't told anyone.",
            "Fifteen people this year?",
            "Fifteen people. That's a lot." },
          when = function(s) return s.trust >= 60 end,
          skills = {},
          state = { trust = -10 },
          reveal = { "turnover" },
          reply = "'Five,' she says. 'Five. It only feels like fifteen.' She "
            .. "laughs, and the moment is gone.",
          next = "turnover_talk",
          coach = "Processing failed: the right question on the wrong number. "
            .. "She said five, a sentence ago, about the thing she has told "
            .. "nobody; getting it wrong tells her you weren't quite there." },
      },
    },

    ----------------------------------------------------------------------
    -- She goes quiet: the right move is to let her.
    ----------------------------------------------------------------------
    quiet = {
      say = "She looks out at the waiting room, where Dumpling is asleep under "
        .. "a chair, and doesn't say anything for a while.",
      choices = {
        { id = "quiet_reassure",
          text = { "I'm sure Zorana isn't going anywhere. Anyone can see how "
              .. "much she loves this place.",
            "Don't worry. People like Zorana don't leave places like this "
              .. "one." },
          skills = { empathy = 1 },
          state = { trust = -5 },
          reply = "'I hope you're right,' she says, and brightens a little "
            .. "too quickly. 'Anyway!'",
          next = "hub",
          coach = "Reassurance at the wrong moment: she was about to tell you "
            .. "something hard, and you told her not to worry. It sounds "
            .. "kind and it closes the subject." },
        { id = "quiet_fix",
          text = { "The good news is this is very fixable. Chorus would let the "
              .. "other clinics pick up Franklin's overflow from day one.",
            "Would it help to know this is fixable? Any of your clinics could "
              .. "be picking up Franklin's overflow within a week." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -15 },
          reply = "'Oh,' she says. 'Good.' She straightens up, and the "
            .. "conversation goes back to being pleasant.",
          next = "hub",
          coach = "Solving into a silence: the fix may even be right, but "
            .. "you filled the one pause in which she was about to tell you "
            .. "what this is really doing to her." },
        { id = "wait_quiet",
          text = { "(Say nothing. Let the silence sit until she's ready to go "
              .. "on.)",
            "(Put your pen down, and wait.)",
            "(Wait.)" },
          skills = { empathy = 2, listening = 2 },
          state = { trust = 5 },
          reply = "After a while she turns back to you. 'Sorry,' she says. "
            .. "'I've never said that out loud.'",
          next = "turnover_talk",
          coach = "Active empathetic listening, sensing stage: the silence "
            .. "was hers, and you left it to her. A yes-sayer fills every "
            .. "gap with good news unless you don't." },
        { id = "quiet_question",
          text = { "How many of the five who left were here at Franklin?",
            "Were the five who left mostly at Franklin, or spread across the "
              .. "clinics? It would help me to know." },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'Three, I think,' she says, back on solid ground.",
          next = "turnover_talk",
          coach = "A fair fact question at the wrong moment: it broke the "
            .. "most important pause of the call and gave her an easy, "
            .. "factual way out of it." },
      },
    },

    turnover_talk = {
      say = "Wrenna, one of the five, said in her exit interview that she "
        .. "dreaded the sound of the phone, and we're an animal hospital! "
        .. "Sorry, I don't usually unload like this on someone I just met.",
      choices = {
        { id = "not_silly",
          text = { "Don't apologize. It's obvious how much you care about your "
              .. "people.",
            "Please don't apologize. Anyone who's been in this building "
              .. "for ten minutes can see how much your people matter to you, "
              .. "and how much Wrenna leaving hurt.",
            "Please, don't apologize." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'I do,' she says. 'Anyway! Where were we?'",
          next = "hub",
          coach = "Empathy, responding stage: kind and true, but she closes "
            .. "the subject with 'anyway,' and you let her." },
        { id = "pitch_chorus",
          text = { "This is exactly why practices switch to Chorus.",
            "Would it help to hear how practices like yours stopped "
              .. "losing their front desks once the phones stopped landing on "
              .. "one person?" },
          skills = { pushing = 2 },
          state = { trust = -15 },
          reply = "'I'm sure,' she says, and the warmth goes out of the room a "
            .. "little.",
          next = "hub",
          coach = "Transactional pushing: she told you something personal "
            .. "and you used it as a sales line." },
        { id = "answering_service",
          text = { "An answering service could take the overflow off Zorana's "
              .. "plate right away.",
            "Have you looked at an answering service for the overflow? It "
              .. "would take it off Zorana's plate right away." },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reveal = { "tried" },
          reply = "'Oh, we tried one last spring,' she says. 'Clients hated "
            .. "it. We canceled after three months.'",
          next = "hub",
          coach = "Solving too soon: you prescribed before you asked what "
            .. "she had tried, and learned it the awkward way." },
        { id = "put_number",
          text = { "Please don't apologize. Between the turnover and the calls "
              .. "nobody answers, have you ever put a number on what it's "
              .. "costing you?",
            "Don't apologize. Wrenna leaving, the calls nobody answers: "
              .. "somebody must have counted what that costs.",
            "Has anyone counted what this costs?" },
          when = function(s) return not s.facts.cost end,
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "cost" },
          reply = "'Zorana has,' she says. 'Of course she has.'",
          next = "cost",
          coach = "Empathy plus a SPIN implication question: you made it "
            .. "safe to keep talking and turned her worry into a cost she "
            .. "can take to someone." },
        { id = "tie_cost",
          text = { "Don't apologize. So the missed calls aren't just lost "
              .. "clients, they're why people like Wrenna leave. Is that fair?",
            "Don't apologize. The calls that cost you new clients are the "
              .. "same calls Wrenna dreaded. It's one problem, not two.",
            "Same phones, same problem: lost clients and lost people." },
          when = function(s) return s.facts.cost end,
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reply = "'That's exactly it,' she says. 'I'd never put the two "
            .. "together.'",
          next = "hub",
          coach = "Active listening, processing stage: you tied the cost she "
            .. "gave you earlier to the people she just described. One "
            .. "problem, not two." },
        { id = "wrong_turnover",
          text = { "Please don't apologize. So Wrenna is the one the practice "
              .. "across town has been 'calling'? How long has she been with "
              .. "you?",
            "Don't apologize. If Wrenna is the one being recruited, I can "
              .. "see why you haven't told anyone.",
            "Is Wrenna the one they're calling?" },
          skills = {},
          state = { trust = -10 },
          reply = "'Zorana,' she says gently. 'Wrenna already left.' She "
            .. "smiles, and changes the subject.",
          next = "hub",
          coach = "Processing failed: you folded the receptionist who left "
            .. "into the manager who might. Two names in two minutes, and you "
            .. "swapped them." },
      },
    },

    cost = {
      say = function(s)
        if s.facts.turnover then
          return "Zorana counts about forty-five new-client calls a month that "
            .. "never call back, and a new client is worth maybe five-fifty a "
            .. "year. Every receptionist I replace costs me six thousand by the "
            .. "time they're trained. Huh, said out loud, that's a lot."
        end
        return "Zorana counts about forty-five new-client calls a month that "
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
              return line .. ", and that's before two new clinics open. Did I "
                .. "get that right?"
            end
            return line .. ". That's the number I'd want Zorana to check."
          end,
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'I... yes,' she says. 'My partner would faint.'",
          next = "hub",
          coach = "Active listening, processing stage: you did the math on "
            .. "her own numbers and checked it with her. Now the problem has "
            .. "a size she can repeat." },
        { id = "cost_wow",
          text = { "Wow. That really adds up.",
            "That's a lot of clients walking out before they've even come "
              .. "in, isn't it?" },
          skills = { empathy = 1, listening = 1 },
          reply = "'Doesn't it?' she says brightly.",
          next = "hub",
          coach = "Listening, but passive: you acknowledged the number "
            .. "without sizing or confirming it, so it stays a vague 'a "
            .. "lot.'" },
        { id = "wrong_cost",
          text = { "So forty-five new-client calls a year never call back, you "
              .. "said, at maybe fifty-five a client. A couple of thousand "
              .. "dollars: manageable, isn't it?",
            "Forty-five a year who never call back, at fifty-five dollars "
              .. "a client, is about two and a half thousand a year, plus a "
              .. "receptionist now and then. Is that roughly what Zorana "
              .. "counts?" },
          skills = {},
          state = { trust = -10 },
          reply = "'A month,' she says. 'Forty-five a month, and five-fifty a "
            .. "client.' She looks relieved anyway, which is the problem.",
          next = "hub",
          coach = "Processing failed: a month became a year and five-fifty "
            .. "became fifty-five. You shrank her problem by a factor of a "
            .. "hundred, and a yes-sayer will happily agree it's small." },
        { id = "cost_pitch",
          text = { "At those numbers, Chorus pays for itself in a quarter.",
            "At those numbers, wouldn't it be worth seeing what Chorus "
              .. "would save you in a quarter? Most practices your size earn "
              .. "the whole year back before a new clinic opens, and Zorana "
              .. "gets her mornings back." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Well, that's good news!' she says, a little too cheerfully.",
          next = "hub",
          coach = "Transactional pushing: you grabbed her number for your "
            .. "pitch before she'd finished thinking about it." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: what else a good discovery needs.
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
        { id = "send_proposal",
          text = { "Shall I put together a proposal for all seven clinics?",
            "I'll put a proposal together for all seven clinics, so you have "
              .. "something to look at." },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure, send it over!' she says.",
          next = hollow_yes,
          coach = "Transactional pushing, a premature close: she'll say yes "
            .. "to the proposal because she says yes to everything. A yes "
            .. "without a problem behind it is just politeness." },
        { id = "ask_cost",
          text = { "When a call goes to voicemail, how many of those people "
              .. "never call back?",
            "I'd like to know how many of the voicemail callers never call "
              .. "back." },
          once = true,
          requires = { "phones" },
          when = function(s) return not s.facts.cost end,
          skills = { listening = 2, problem_solving = 3 },
          reveal = { "cost" },
          next = "cost",
          coach = "A SPIN implication question: without a cost, her problem "
            .. "is an annoyance, and annoyances don't get budgets." },
        { id = "summarize",
          text = { "Can I play back what I've heard? The phones go to voicemail "
              .. "at the busy clinics, the calls that don't come back cost you "
              .. "close to three hundred thousand a year, and the same phones "
              .. "are why your front desk keeps leaving, with Zorana next. Is "
              .. "that the real problem?",
            "Here's what I've heard. The busy clinics lose calls to voicemail; "
              .. "those calls cost close to three hundred thousand a year; and "
              .. "the same phones are driving out your front desk, with Zorana "
              .. "next.",
            "Phones to voicemail, about $300,000 a year in lost clients, and "
              .. "your front desk leaving over it, Zorana next." },
          requires = { "phones", "turnover", "cost" },
          unavailable = "Not yet.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied the phones, "
            .. "the money and the people into one problem and checked it "
            .. "with her. For a yes-sayer, hearing it plainly is what makes "
            .. "it real." },
        { id = "ask_phones",
          text = { "You said the phones ring off the hook. What happens when "
              .. "nobody can pick up?",
            "Go back to the phones for me: when every line is busy, where do "
              .. "the calls go?" },
          once = true,
          when = function(s) return not s.facts.phones end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "phones" },
          reply = "'Voicemail,' she says. 'More than I'd like, honestly.'",
          next = "hub",
          coach = "A SPIN problem question, late but in time: you went back "
            .. "to the one thing she joked about." },
        { id = "ask_staff",
          text = { "Who's actually answering all those calls? How is the front "
              .. "desk holding up?",
            "I keep thinking about whoever is answering all those calls. I'd "
              .. "like to hear how the front desk is holding up." },
          once = true,
          requires = { "phones" },
          when = function(s) return not s.facts.turnover end,
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          next = "staff",
          coach = "Active listening, sensing stage, a little late: you "
            .. "looked past the phones to the people answering them, which "
            .. "is where her real problem lives." },
        { id = "wrong_summary",
          text = { "Let me play back what I've heard: the new clinics' phones "
              .. "go to voicemail, the missed calls cost you about thirty "
              .. "thousand a year, and Wrenna is the one being recruited. Is "
              .. "that the real problem?",
            "So: voicemail at Spring Hill and Dickson, about thirty thousand "
              .. "a year in missed calls, and Wrenna being recruited across "
              .. "town. That's the heart of it." },
          once = true,
          requires = { "phones" },
          skills = {},
          state = { trust = -10 },
          reply = "'Well, the busy clinics, really, and it's a lot more than "
            .. "thirty,' she says kindly. 'And it's Zorana. But close!' It "
            .. "wasn't close. 'So, what's next?'",
          next = "close",
          coach = "Processing failed: the clinics, the number and the name "
            .. "are all wrong. She is too polite to say so, which is exactly "
            .. "why a yes-sayer's 'close!' is not a yes." },
        { id = "ask_tried",
          text = { "What have you tried so far to take the pressure off the "
              .. "phones?",
            "I'd guess this isn't the first time you've tried to fix the "
              .. "phones. What happened last time?" },
          once = true,
          requires = { "phones", "cost" },
          when = function(s) return s.visits.staff > 0 and not s.facts.tried end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "tried" },
          next = "tried",
          coach = "A SPIN situation question with a purpose: what failed "
            .. "before tells you what she'll need this time (decision "
            .. "criteria in MEDDIC)." },
        { id = "ask_decision",
          text = { "If you wanted to change how the phones work, who besides "
              .. "you would weigh in?",
            "You mentioned your partner. A change like this would need his "
              .. "yes as well as yours, I'd guess." },
          once = true,
          requires = { "tried" },
          when = function(s) return not s.facts.decision end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "decision" },
          next = "decision",
          coach = "MEDDIC, economic buyer: with someone who says yes to "
            .. "everyone, you need to know whose yes actually counts." },
        { id = "keep_touch",
          text = { "This has been so lovely. Why don't we keep in touch, and "
              .. "I'll check back after the new clinics open?",
            "Let's keep in touch. I'll check back after the new clinics "
              .. "open." },
          skills = { empathy = 1 },
          next = friendly_exit,
          coach = "Friendly but unfocused: she'll happily agree to keep in "
            .. "touch, and nothing will happen. Without the real problem on "
            .. "the table there's no reason to act." },
      },
    },

    tried = {
      say = "Last spring we tried an answering service, and clients hated it: "
        .. "they want someone who knows their dog's name, not a stranger in "
        .. "another state. We canceled after three months, and my partner "
        .. "Anselm said 'told you so' for a week.",
      choices = {
        { id = "not_like_that",
          text = { "Chorus is nothing like an answering service. Your people "
              .. "answer every call.",
            "Would it help to know your own people would answer every "
              .. "call with Chorus, not strangers in another state who don't "
              .. "know a single one of your clients?" },
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -10 },
          reply = "'That's what the last company said,' she says, kindly.",
          next = "hub",
          coach = "Defending instead of exploring, a light form of pushing: "
            .. "you answered her experience with a claim instead of asking "
            .. "what she needs." },
        { id = "criteria",
          text = { "So whatever you do next has to keep calls with your own "
              .. "people, who know the pets. What else would it need to do?",
            "Then the test for anything next is simple: your own people, "
              .. "who know the pets, answer the calls.",
            "Your own people answer. What else?" },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Exactly that,' she says. 'And not make Zorana learn "
            .. "another system she hates.'",
          next = "hub",
          coach = "Active listening, processing stage: you turned a failed "
            .. "experiment into her decision criteria, in her words." },
        { id = "wrong_tried",
          text = { "So clients liked the answering service, and it was the cost "
              .. "that made Anselm cancel it, with his 'told you so'? What "
              .. "would he want this time?",
            "So it was Anselm who pulled the plug on the answering "
              .. "service, over the cost. Then price will matter most to him.",
            "Anselm canceled it over cost?" },
          skills = {},
          state = { trust = -10 },
          reply = "'No, no, clients hated it, and I canceled it,' she says. "
            .. "'Anselm just enjoyed being right.'",
          next = "hub",
          coach = "Processing failed: clients hated it, she canceled it, and "
            .. "Anselm said 'told you so.' You rebuilt the story around the "
            .. "price, which is the one thing she didn't say." },
        { id = "clients_tell",
          text = { "Clients can always tell when it isn't you.",
            "People who love their animals can tell in one sentence when "
              .. "it's a stranger on the line, can't they?" },
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'They really can,' she says.",
          next = "hub",
          coach = "Empathy without a next step: she feels understood, but "
            .. "you didn't ask what the next solution would need." },
        { id = "who_ray",
          text = { "You mentioned Anselm said 'told you so.' Who's Anselm in all "
              .. "of this?",
            "Anselm, who said told you so. I have a feeling his opinion "
              .. "matters here.",
            "Who's Anselm?" },
          when = function(s) return not s.facts.decision end,
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "decision" },
          reply = "She laughs. 'Oh, Anselm. Anselm is the no in our "
            .. "partnership.'",
          next = "decision",
          coach = "Active listening, sensing stage: you caught a name she "
            .. "dropped in passing, and it was the person who signs." },
      },
    },

    decision = {
      say = "Anselm Roark, my partner, runs the money, and anything over fifty "
        .. "thousand goes past him. Honestly, I say yes to everyone and Anselm's "
        .. "the one who says no; somebody has to, ha.",
      choices = {
        { id = "ray_needs",
          text = { "What would Anselm need to see before he said yes?",
            "Then I'd want to know what Anselm needs to see before he "
              .. "says yes, because he's the one you'll be walking this past.",
            "What convinces Anselm?" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Proof,' she says. 'Anselm likes proof.'",
          next = "price",
          coach = "MEDDIC, decision criteria: a good plain question about "
            .. "the person who signs." },
        { id = "brochure_ray",
          text = { "Great, I'll send Anselm a brochure.",
            "Anselm should have our brochure and a couple of case studies "
              .. "from other multi-clinic practices, then, so he can see the "
              .. "results for himself before you two talk." },
          skills = { listening = 1 },
          reply = "'He'll love that,' she says. She is being polite.",
          next = "price",
          coach = "Listening without problem-solving: you heard the name "
            .. "but made a broadcast, not a plan. Anselm needs proof, not a "
            .. "brochure." },
        { id = "numbers_for_ray",
          text = { "Then let's give Anselm numbers he can check: Zorana's own "
              .. "call counts. Would she help us measure a month at Franklin?",
            "Anselm gets numbers, then, and not ours: Zorana's own call "
              .. "counts, a month at Franklin, before and after, in a "
              .. "spreadsheet he can pull apart as much as he likes.",
            "Zorana's counts. For Anselm." },
          requires = { "cost" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Oh, Zorana would love that,' she says. 'And Anselm loves "
            .. "anything with a spreadsheet.'",
          next = "price",
          coach = "MEDDIC, economic buyer and champion: you built a way to "
            .. "win Anselm's no-saying mind with Zorana's own numbers, and "
            .. "made Zorana part of the fix." },
        { id = "wrong_decision",
          text = { "You said anything over 'five thousand' goes past Anselm? "
              .. "Then we'd want to keep the first step very small, so it "
              .. "never has to wait for him.",
            "If Anselm signs off on anything over five thousand, what "
              .. "does he usually look for?",
            "Over five thousand goes to Anselm?" },
          skills = {},
          state = { trust = -10 },
          reply = "'Fifty,' she says. 'Fifty thousand. I'm not that "
            .. "hopeless.' She laughs; it stings a little.",
          next = "price",
          coach = "Processing failed: fifty thousand became five. With a "
            .. "numbers man on the other side, the number is the one thing "
            .. "you can't get wrong." },
        { id = "under_fifty",
          text = { "If we keep the first order under fifty thousand, you could "
              .. "sign it yourself and skip Anselm.",
            "Wouldn't it be simpler to keep the first order under fifty "
              .. "thousand, so it never has to go past Anselm at all, Zorana "
              .. "gets help sooner, and you can show him results instead of a "
              .. "proposal?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Oh,' she says. 'I suppose I could.' She doesn't sound "
            .. "like she will.",
          next = "price",
          coach = "Transactional pushing: going around the economic buyer. "
            .. "She won't argue, but she won't do it either, and now she "
            .. "wonders whose side you're on." },
      },
    },

    ----------------------------------------------------------------------
    -- She asks what it costs: answer plainly.
    ----------------------------------------------------------------------
    price = {
      say = function(s)
        if s.trust >= 70 then
          return "And I'll tell you now, the first thing Anselm will ask me is "
            .. "what it costs. I'd rather hear it from you than guess. "
            .. "Ballpark?"
        end
        return "Anselm will ask what it costs before anything else. Ballpark?"
      end,
      choices = {
        { id = "price_plain",
          text = { "About fifteen hundred a clinic a month. For all nine, once "
              .. "Spring Hill and Dickson open, that's roughly $162,000 a "
              .. "year.",
            "Ballpark: $1,500 per clinic per month, so about $162,000 a "
              .. "year for nine clinics. Better Anselm hears the real number "
              .. "now.",
            "About $1,500 a clinic a month." },
          skills = { listening = 1, problem_solving = 3 },
          reply = "'Huh. Well, that's a real number,' she says, and writes it "
            .. "down. 'Anselm will like that you just said it.'",
          next = "hub",
          coach = "A plain answer to a plain question: the price, the scope "
            .. "and what the first step costs. Next to the three hundred "
            .. "thousand she is losing, the number sells itself; hiding it "
            .. "would have cost you Anselm." },
        { id = "price_dodge",
          text = { "Before we get to price, what would it be worth to you if "
              .. "every call got answered?",
            "What would the number need to be for it to make sense to you "
              .. "and Anselm?",
            "What's your budget?" },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'Oh, I don't know,' she says, and laughs. 'That's why I "
            .. "asked you.'",
          next = "hub",
          coach = "A need-payoff question instead of an answer: SPIN's "
            .. "need-payoff comes when she is weighing the value, not when "
            .. "she has asked you a plain question. Dodging the price tells a "
            .. "numbers man there's something to hide." },
        { id = "price_discount",
          text = { "For seven clinics I can knock twenty percent off straight "
              .. "away, so Anselm has less to object to when you bring it to "
              .. "him.",
            "Would it help with Anselm if I took twenty percent off "
              .. "before he even asks?",
            "I can do twenty percent off." },
          skills = { pushing = 2 },
          state = { trust = -5 },
          reply = "'Oh! That's generous,' she says. You can see her wondering "
            .. "what the real price is.",
          next = "hub",
          coach = "A concession given, not traded (Challenger): a discount "
            .. "nobody asked for makes the price look soft and buys nothing "
            .. "in return, not even a meeting with Anselm." },
        { id = "price_vague",
          text = { "It depends on a lot of things, and I'd hate to throw out a "
              .. "number that scares Anselm off before he's seen anything at "
              .. "all.",
            "Honestly, it varies so much from practice to practice that "
              .. "any number now would just be a guess, and I'd rather get it "
              .. "right for you.",
            "It really depends." },
          skills = { empathy = 1 },
          reply = "'Oh, of course,' she says. She doesn't write anything "
            .. "down.",
          next = "hub",
          coach = "Considerate in tone, evasive in fact: she asked for a "
            .. "ballpark to take to her partner and left with nothing to "
            .. "take." },
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
        { id = "thank_her",
          text = { "Thank you for being so open with me. I know none of that is "
              .. "easy to say, and I don't take it lightly that you told a "
              .. "stranger.",
            "Thank you for telling me all of that. I know it isn't the "
              .. "cheerful version.",
            "Thank you for trusting me with that." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It isn't,' she says. 'So, what do we do?'",
          next = "close",
          coach = "Sincere empathy, but no need-payoff question: she never "
            .. "says out loud what fixing this would be worth to her." },
        { id = "wrong_payoff",
          text = { "If you never had to replace another receptionist, what would "
              .. "those six thousand dollars a head be worth to you?",
            "Say you never paid six thousand to replace a receptionist "
              .. "again. What would that be worth to the practice over a year?",
            "What would saving six thousand a hire mean?" },
          skills = { problem_solving = 1 },
          reply = "'Six thousand a head,' she says. 'It's not really the six "
            .. "thousand, though.'",
          next = "close",
          coach = "A need-payoff question aimed at the smaller problem: the "
            .. "hiring cost is the part she minds least. What she just told "
            .. "you is that she's afraid of losing Zorana and Franklin." },
        { id = "contract_now",
          text = { "Great, then let me send a contract for all nine clinics "
              .. "today.",
            "Shall I get a contract for all nine clinics over to you "
              .. "today, while it's fresh, so Spring Hill and Dickson open "
              .. "with everything already in place?" },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'Oh! Well, sure,' she says. 'I'd have to show Anselm.'",
          next = "close",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem, not the solution. Her 'sure' means nothing until "
            .. "Anselm has seen proof." },
        { id = "payoff_q",
          text = { "If every call got answered by someone who knows the pets, "
              .. "and Zorana could breathe again, what would that change for "
              .. "you?",
            "Picture every call answered, and Zorana breathing again. I'd "
              .. "like to hear what that changes for you.",
            "If the phones just worked, what would change?" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'I'd stop dreading Monday mornings,' she says. 'And I'd "
            .. "open Spring Hill without being scared of it.'",
          next = "close",
          coach = "A SPIN need-payoff question, now that the problem is "
            .. "understood: she puts the value into her own words, which will "
            .. "carry further with Anselm than anything you could say." },
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
        { id = "sign_today",
          text = { "I can have paperwork for all nine clinics over today. Can "
              .. "you and Anselm sign by Friday?",
            "Would it help if I sent paperwork for all nine clinics to you "
              .. "and Anselm today, so you're set well before March?" },
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 75 and s.facts.cost then return "won_trial" end
            if s.trust >= 40 then return "keep_in_touch" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: she'll say yes and "
            .. "Anselm will say no, because nobody gave him proof." },
        { id = "trial_franklin",
          text = { "Let's start where it hurts: thirty days at Franklin with "
              .. "Zorana, her call counts before and after, and we take the "
              .. "results to Anselm before Spring Hill opens.",
            "Thirty days at Franklin, with Zorana counting calls before "
              .. "and after. If the numbers don't move, you owe nothing; if "
              .. "they do, they go to Anselm before Spring Hill opens.",
            "Thirty days at Franklin, Zorana's counts, then Anselm.",
            "Let's start where it hurts: thirty days at Franklin with "
              .. "Zorana, her call counts before and after, no charge for the "
              .. "month, and if the numbers move we take them to Anselm "
              .. "together before Spring Hill and Dickson open in March." },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_trial,
          coach = "Problem-solving, the trusted-advisor close: a low-risk "
            .. "next step built from everything she told you: Zorana, her "
            .. "numbers, Anselm's need for proof and the March deadline." },
        { id = "nine_now",
          text = { "All nine clinics live before Spring Hill opens, Zorana "
              .. "trained first, and a monthly report for Anselm, so you can "
              .. "stop worrying about Zorana leaving. You would never have to "
              .. "think about the phones again.",
            "Rather than waiting for Spring Hill, you could have all nine "
              .. "clinics live in February: Zorana trained first, your new "
              .. "clinics answered from day one, and a report to Anselm every "
              .. "month." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          next = function(s)
            if s.trust >= 75 and s.facts.cost then return "won_trial" end
            return "keep_in_touch"
          end,
          coach = "Transactional pushing dressed as a plan: everything she "
            .. "told you, turned into the biggest order you could ask for, "
            .. "before Anselm has seen a single number of his own." },
        { id = "her_call",
          text = { "What would you like the next step to be?",
            "You know the practice best. Whatever next step feels right to "
              .. "you, I'll fit around it." },
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 65 and s.facts.cost then return "won_three" end
            if s.trust >= 50 and s.facts.phones then return "won_trial" end
            return "keep_in_touch"
          end,
          coach = "Listening, but passive: handing the next step to someone "
            .. "who avoids decisions leaves your deal to her good intentions." },
      },
    },

    ----------------------------------------------------------------------
    -- The friendly track: delightful, and going nowhere unless you steer.
    ----------------------------------------------------------------------
    dog_story = {
      say = "Dumpling came in as a stray, four years ago. Zorana, my practice "
        .. "manager, took one look at him and that was that. She practically "
        .. "runs this place, when she isn't buried under the phones.",
      choices = {
        { id = "buried_phones",
          text = { "Buried under the phones? What does that look like on a busy "
              .. "morning?",
            "Buried under the phones, you said, when she isn't running "
              .. "the place. That sounded like more than a joke, and I'd like "
              .. "to know what it looks like on a bad morning.",
            "Tell me about the phones." },
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
          text = { "I love that. Do a lot of your staff end up adopting "
              .. "patients?",
            "Zorana sounds like a soft touch. I bet half your staff have "
              .. "taken a patient home at some point, haven't they? I'd love "
              .. "to hear how Dumpling won her over, and whether he has a job "
              .. "at the front desk.",
            "Do staff adopt a lot?" },
          skills = { empathy = 2 },
          reply = "'Oh, all of them,' she says, and tells you three more "
            .. "stories.",
          next = "proud",
          coach = "Empathy, off track: a lovely conversation, but you "
            .. "chased the dog and left 'buried under the phones' on the "
            .. "table." },
        { id = "phones_pitch",
          text = { "Speaking of phones, that's exactly what Chorus fixes.",
            "Would it help Zorana if the other clinics could pick up some "
              .. "of those calls?" },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Oh! Well, isn't that lucky,' she says.",
          next = "polite_yes",
          coach = "Transactional pushing: you heard a keyword and pitched "
            .. "it, instead of asking what 'buried' means." },
        { id = "wrong_dog",
          text = { "'Buried under the paperwork,' you said? What kind of "
              .. "paperwork lands on her desk?",
            "So Zorana runs the place when she isn't buried in paperwork. "
              .. "That sounds like every practice manager I've ever met.",
            "Paperwork, you said?" },
          skills = {},
          state = { trust = -5 },
          reply = "'Phones!' she laughs. 'But yes, paperwork too, bless her.' "
            .. "And she's off on the paperwork.",
          next = "proud",
          coach = "Processing failed: she said phones, you heard paperwork. "
            .. "A small slip, and it sends her somewhere safe and cheerful." },
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
        { id = "pizza",
          text = { "Pizza Fridays! I love that. How did that start?",
            "Birthday cakes for the patients is the best thing I've heard "
              .. "all week. Whose idea was that?",
            "Pizza Fridays?" },
          skills = { empathy = 1 },
          reveal = { "growth" },
          reply = "She tells you. It's a good story. The clock keeps running.",
          next = "chat_wrap",
          coach = "Active listening in circles: she feels liked, and you "
            .. "learn nothing you can help with." },
        { id = "wrong_proud",
          text = { "Two new clinics in 'May'! Who's going to answer their "
              .. "phones?",
            "With the new clinics opening in May, I'd want to know who "
              .. "answers their phones.",
            "May, for the new clinics?" },
          skills = {},
          state = { trust = -10 },
          reveal = { "growth" },
          reply = "'March,' she says. 'March! Which is worse.' She laughs. "
            .. "'Voicemail, I suppose.'",
          next = "phones",
          coach = "Processing failed: the right question, with the month "
            .. "wrong. She said March, twice; May gives her two extra months "
            .. "she doesn't have." },
        { id = "zoo",
          text = { "A zoo how? Walk me through a busy morning at the front desk.",
            "You slipped the zoo in between the pizza and the cakes, and "
              .. "it's the one thing you didn't sound happy about. I'd like to "
              .. "hear about the zoo, on a busy morning.",
            "The zoo. Show me." },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "phones", "growth" },
          reply = "'Oh, you don't want to know,' she says, and then tells you.",
          next = "phones",
          coach = "Active listening, sensing stage, just in time: you "
            .. "caught the one complaint she slipped in between the good "
            .. "news and asked to see it." },
        { id = "send_info",
          text = { "Sounds like a great culture. I'll send over some information "
              .. "on Chorus.",
            "What a lovely place. Shall I send you some information on "
              .. "how other multi-clinic practices handle their phones, so you "
              .. "can look at it when things are quieter after the new clinics "
              .. "open?" },
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
        { id = "wrong_wrap",
          text = { "Before you go: you said the new clinics open in May. Who's "
              .. "going to answer their phones?",
            "Before your two o'clock, one question: when the new clinics "
              .. "open in May, who will answer their phones?" },
          skills = {},
          state = { trust = -5 },
          reply = "'March,' she says, picking up her bag. 'Goodness, March. "
            .. "Let's talk after!'",
          next = friendly_exit,
          coach = "Processing failed at the door: a good last question with "
            .. "the month wrong. She said March; a yes-sayer corrects you "
            .. "cheerfully and leaves." },
        { id = "keep_touch_chat",
          text = { "Let's do that! I'll check in after the new clinics open.",
            "I'd love that. Let's keep in touch, and I'll check in after the "
              .. "new clinics open." },
          skills = { empathy = 1 },
          next = friendly_exit,
          coach = "Friendly but unfocused: a delightful hour that ends "
            .. "exactly where it started. She liked you; she has no reason "
            .. "to buy." },
        { id = "contract_all",
          text = { "Can I send you a contract for all seven clinics?",
            "Before your two o'clock, shall I send over a contract for all "
              .. "seven clinics so it's ready when you are?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Oh! Sure, send it,' she says.",
          next = hollow_yes,
          coach = "Transactional pushing: asking for the whole practice "
            .. "after a chat about pizza. Her yes is politeness." },
        { id = "before_you_go",
          text = { "Before you go: you called the phones a zoo. What happens "
              .. "when nobody can pick up?",
            "One thing before your two o'clock: the zoo. What happens when "
              .. "nobody can get to the phone?" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "phones" },
          reply = "She glances at the clock and sits back down. 'Voicemail. A "
            .. "lot of voicemail.'",
          next = "phones",
          coach = "Active listening, sensing stage, late: you went back to "
            .. "the only complaint she made, and it rescues the call." },
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
        { id = "misread_yes",
          text = { "I can tell you love it! Shall we talk about which of your "
              .. "clinics goes live first, so your team can get started?",
            "That's great to hear. It sounds like you're ready to move, "
              .. "so let's pick a start date that suits your team and your "
              .. "March openings." },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Oh! Well, I suppose,' she says. 'Let me talk to a few "
            .. "people first.' She won't.",
          next = hollow_yes,
          coach = "Mistaking politeness for interest: 'that all looks great' "
            .. "from a yes-sayer is the end of a conversation, not the start "
            .. "of a sale. A close dressed as enthusiasm is still a close." },
        { id = "proposal_today",
          text = { "Great, I'll send a proposal for all seven clinics today.",
            "Shall I send a proposal for all seven clinics today, so you "
              .. "have everything in front of you while you think it over with "
              .. "your team?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Wonderful,' she says.",
          next = hollow_yes,
          coach = "Transactional pushing: you mistook politeness for "
            .. "interest. She'll never open the proposal." },
        { id = "start_over",
          text = { "I got ahead of myself. Before any more Chorus, can I ask how "
              .. "calls actually get handled across your clinics?",
            "I've been doing all the talking, and I still don't know how "
              .. "calls get handled across your clinics.",
            "Sorry. How do calls work now?" },
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 10 },
          reply = "She relaxes. 'Oh, thank goodness, I was nodding along.'",
          next = function(s)
            if s.visits.tour > 0 then return "hub" end
            return "tour"
          end,
          coach = "Empathy and a recovery: you noticed her agreement was "
            .. "polite, owned it, and switched to a SPIN situation question." },
        { id = "discount_month",
          text = { "If you sign this month, I can take twenty percent off.",
            "Would twenty percent off make it easier to decide this month?" },
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
      say = "Zorana's thirty days at Franklin cut unanswered calls from a "
        .. "third to one in twenty. Anselm reads her spreadsheet twice and signs "
        .. "a three-year agreement for all nine clinics, live before Spring "
        .. "Hill opens. Zorana turns down the practice across town.",
      outcome = { result = "won", deal_value = 162000, days_to_close = 35 },
    },
    won_three = {
      say = "Ottilie signs for Franklin and the two new clinics. Anselm wants a "
        .. "year of results before the other six, and it takes two months and "
        .. "three more meetings to get that far.",
      outcome = { result = "won", deal_value = 45000, days_to_close = 70 },
    },
    won_trial = {
      say = "Five months later, Ottilie agrees to a trial at one clinic. She "
        .. "liked every conversation, but nobody ever showed Anselm why it "
        .. "mattered, so nobody was in a hurry.",
      outcome = { result = "won", deal_value = 8000, days_to_close = 150 },
    },
    keep_in_touch = {
      say = "Ottilie answers every email within the hour, always warmly, always "
        .. "'let's keep in touch.' Spring Hill opens in March with its calls "
        .. "rolling to voicemail. In May, Zorana takes the job across town.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Ottilie stops replying. In April you hear that Anselm signed a "
        .. "cheap phone system the cable company offered him, and nothing "
        .. "changed at the front desks.",
      outcome = { result = "lost" },
    },
  },

  tests = {
    { name = "sensing what she glosses over wins the whole practice",
      path = { "what_prompted", "off_hook", "notice_tanya", "if_tanya_left",
               "wait_quiet", "put_number", "cost_sum", "ask_tried", "criteria",
               "ask_decision", "numbers_for_ray", "price_plain", "summarize",
               "payoff_q", "trial_franklin" },
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
               "wait_quiet", "put_number", "cost_sum", "ask_tried", "criteria",
               "summarize", "payoff_q", "trial_franklin" },
      ending = "won_three", min = { relationship_quality = 80 } },
    { name = "kind replies and a passive close win three clinics, not nine",
      path = { "dog_chat", "buried_phones", "hectic", "more_to_it",
               "if_tanya_left", "wait_quiet", "not_silly", "ask_cost",
               "cost_wow", "ask_tried", "clients_tell", "ask_decision",
               "ray_needs", "price_vague", "summarize", "thank_her",
               "her_call" },
      ending = "won_three", max = { overall = 85 } },
    { name = "a kind call that ends in 'let's keep in touch' wins only a trial",
      path = { "dog_chat", "buried_phones", "hectic", "more_to_it", "everywhere",
               "ask_cost", "cost_wow", "keep_touch" },
      ending = "won_trial", max = { relationship_quality = 75 } },
    { name = "going around Anselm once costs the whole practice",
      path = { "what_prompted", "off_hook", "notice_tanya", "if_tanya_left",
               "wait_quiet", "put_number", "cost_sum", "ask_tried", "criteria",
               "ask_decision", "under_fifty", "price_plain", "summarize",
               "payoff_q", "trial_franklin" },
      ending = "won_three" },
    { name = "filling her silence with a fix costs the whole practice",
      path = { "what_prompted", "off_hook", "notice_tanya", "if_tanya_left",
               "quiet_fix", "ask_cost", "cost_sum", "ask_tried", "criteria",
               "ask_decision", "numbers_for_ray", "price_plain", "summarize",
               "payoff_q", "trial_franklin" },
      ending = "won_three" },
    { name = "the summary stays locked until her staff problem comes out",
      path = { "what_prompted", "off_hook", "dont_call_back", "cost_sum" },
      offered = { "ask_staff" }, not_offered = { "summarize" } },
  },
}
