-- burned-before.lua: a plant manager whose last maintenance-software
-- rollout failed, and cost him a promotion.
--
-- Cyrus Pellegrino only took the call because his VP forwarded the email.
-- The trainee has to acknowledge what happened last time without running
-- down the old vendor, let him tell the story, find out what went wrong and
-- what a different rollout would have to look like, answer his hard question
-- honestly, and only then propose anything.  The trusted-advisor path wins a
-- plant-wide deal quickly; a kind but unfocused path wins one press line,
-- slowly; pushing, promising and trashing the competitor stall or lose.
--
-- Two right moves here are statements, not questions: an insight that
-- reframes his doubt (Dixon & Adamson's Challenger "teach": the software
-- didn't fail him, a rollout nobody on his floor owned did) and a candid
-- answer when he asks whether one of your rollouts has ever failed.  Several
-- wrong options are polished: the root cause summed up wrong, an insight aimed
-- at the wrong problem, his numbers or dates played back wrong, a plan that
-- repeats the remote set-up that burned him, empathy when he wants a straight
-- answer.
--
-- Hidden meters: trust (he starts guarded) and patience (how much more
-- selling he will sit through).  Every pushy move costs patience, and the
-- plant-wide deal needs nearly all of it, so no pushy path reaches it.

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

-- Asking what "different" would mean: how much he says depends on trust.
local function route_different(s)
  if s.trust >= 60 then return "different" end
  return "different_guarded"
end

-- The trusted-advisor close: the deal follows trust and what was learned.
local function close_on_line(s)
  if s.trust >= 95 and s.patience >= 55
     and known(s, "impact", "criteria", "champion", "decision") then
    return "won_plant"
  elseif s.trust >= 55 and known(s, "pain", "criteria") then
    return "won_line"
  elseif s.trust >= 35 then
    return "stalled"
  end
  return "lost"
end

return scenario {
  id = "burned-before",
  title = "A plant manager who got burned by the last rollout",
  module = "empathy",
  difficulty = "intermediate",
  version = "2.0",
  minutes = 14,
  currency = "USD",
  brief = "Cyrus Pellegrino manages Brennan Stamping's plant in Toledo, Ohio: "
    .. "320 people, three press lines, steel parts for auto seat makers. His VP "
    .. "forwarded him your email about Floorwise, a maintenance app that "
    .. "technicians use on their phones, and he agreed to a call. Word is the "
    .. "plant tried maintenance software once before. Find out what went wrong "
    .. "last time, what it cost him, what a different rollout would have to "
    .. "look like and who else decides, before you pitch anything.",
  prospect = {
    name = "Cyrus Pellegrino",
    role = "Plant Manager",
    company = "Brennan Stamping",
    persona = "Blunt, dry and guarded, thirty years in stamping plants. He "
      .. "sponsored a maintenance-software rollout that failed two years ago "
      .. "and paid for it with his reputation. He can smell a sales line, and "
      .. "he respects people who listen and tell him the truth, including "
      .. "the truth about themselves.",
  },

  state = {
    trust = { start = 20, min = 0, max = 100 },
    patience = { start = 60, min = 0, max = 100 },
  },

  facts = {
    failure = "The last system (PlantSuite, two years ago) was set up from the "
      .. "vendor's office in Chicago: work orders had to be typed at a desktop "
      .. "in the maintenance office, the PM schedules came over wrong, and "
      .. "three months in the crew was back on the whiteboard.",
    personal = "Cyrus sponsored that rollout. When it failed, the regional "
      .. "operations job he was up for went to someone else, and his VP still "
      .. "calls it 'Cyrus's whiteboard project.'",
    pain = "About nine hours a month of unplanned downtime on the big press "
      .. "line, mostly failures a PM should have caught; the PM schedule lives "
      .. "on a whiteboard and in the head of Ezequiel, a planner who retires in "
      .. "March.",
    impact = "An hour down on the press line costs about $8,000 in lost output "
      .. "and overtime (roughly $860K a year), and their biggest customer sent "
      .. "a late-delivery warning last quarter.",
    criteria = "Different would mean: techs enter work orders at the machine on "
      .. "their phones, someone from the vendor on the floor the week of "
      .. "go-live, one press line first, and a way out at ninety days.",
    champion = "Hollis Dunmore, the lead tech of 26 years, talked the crew back "
      .. "to the whiteboard last time; if Hollis says a tool is worth using, the "
      .. "crew uses it.",
    decision = "Winifred Stroud, VP of Operations, holds the budget; Cyrus will "
      .. "only bring her a case built on his own plant's numbers, and capital "
      .. "requests are due October 15.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: acknowledge the past before anything else.
    ----------------------------------------------------------------------
    opening = {
      say = "Cyrus Pellegrino. I'll be straight with you: I'm on this call "
        .. "because Winifred, my VP, forwarded your email. We've been down the "
        .. "maintenance-software road before, and it didn't end well.",
      choices = {
        { id = "sorry_hear",
          text = {
            "I'm sorry to hear that. A rollout that goes sideways is rough on "
              .. "everybody.",
            "Sorry to hear it. When a rollout goes sideways, it's rough on "
              .. "everybody involved, you most of all.",
          },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Rougher on some than others,' he says.",
          next = "story",
          coach = "Empathy, responding stage: kind, and it takes the edge off, "
            .. "but you asked nothing, so he decides how much to tell you." },
        { id = "change_hard",
          text = {
            "I completely understand. Change is hard, and a lot of crews "
              .. "struggle with new systems at first.",
            "That's very common, honestly. Change is hard, and most teams push "
              .. "back on a new system before they get used to it.",
          },
          skills = { empathy = 1 },
          state = { trust = -5 },
          reply = "'My crew isn't the problem,' he says. 'Wasn't then, either.'",
          next = "story",
          coach = "Empathy words that blame his people: 'change is hard' turns "
            .. "a failed rollout into a crew that couldn't cope, before you know "
            .. "anything about it." },
        { id = "guess_vendor",
          text = {
            "Let me guess: PlantSuite? Half our customers came to us after "
              .. "PlantSuite.",
            "Was that PlantSuite, by any chance? A lot of our customers came to "
              .. "us after a PlantSuite rollout.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'It was PlantSuite,' he says. 'And I'm the guy who picked them.'",
          next = "defensive",
          coach = "Trashing the competitor, a form of transactional pushing: he "
            .. "chose that vendor, so running them down tells him his judgment "
            .. "was bad." },
        { id = "invite_story",
          text = {
            "Thanks for being straight with me. Before I say a word about us, "
              .. "would you tell me what happened last time?",
            "Then I'd rather hear about last time before I say anything about "
              .. "us.",
            "Thanks for saying so. Before anything about us, I'd like to hear "
              .. "what happened last time, in your words.",
          },
          skills = { empathy = 2, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = "He seems to weigh you for a second. 'You really want to hear it?'",
          next = "story",
          coach = "Empathy, then an invitation: you acknowledged his history "
            .. "before your product and asked for the story that shapes every "
            .. "decision he'll make." },
        { id = "not_like_them",
          text = {
            "I hear that a lot, and I can promise you we're nothing like your "
              .. "last vendor.",
            "I hear that a lot. What I can promise you is that this time will "
              .. "be nothing like the last.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'You don't even know who my last vendor was,' he says.",
          next = "defensive",
          coach = "Transactional pushing: a promise made before you know what "
            .. "went wrong. To him it's the same line the last vendor used." },
      },
    },

    story = {
      say = function(s)
        if s.trust >= 25 then
          return "Two years ago we bought PlantSuite. Ninety grand and most of a "
            .. "year, and today my guys are back on the whiteboard. Winifred "
            .. "hasn't forgotten."
        end
        return "We bought a system. It didn't work. My guys went back to the "
          .. "whiteboard. That's the short version."
      end,
      choices = {
        { id = "skip_ahead",
          text = {
            "Got it. So how are you running maintenance today?",
            "Understood. So how does maintenance run on your floor today, day to "
              .. "day?",
          },
          skills = { listening = 1, problem_solving = 1 },
          next = "today",
          coach = "A SPIN situation question, but a sensing miss: he just handed "
            .. "you the story behind his doubt, and you moved past it." },
        { id = "feel_bad",
          text = {
            "A year of work and back to the whiteboard. That must have been hard "
              .. "to watch.",
            "Most of a year's work, and the whiteboard back on the wall. That "
              .. "must have been a hard thing to watch.",
          },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reveal = { "failure" },
          reply = "'It was,' he says. 'Here's how it went.'",
          next = "what_broke",
          coach = "Empathy, responding stage: he feels heard and keeps going, "
            .. "though you left it to him what to tell you." },
        { id = "ask_what_broke",
          text = {
            "What went wrong, from where you sat?",
            "What went wrong, from where you sat? Not the vendor's version, "
              .. "yours.",
            "I'd like to hear what went wrong, from where you sat.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "failure" },
          next = "what_broke",
          coach = "A SPIN problem question about the past: you asked for his view "
            .. "of what broke, which tells you what 'different' will have to "
            .. "mean." },
        { id = "pitch_mobile",
          text = {
            "That's exactly why we built Floorwise for phones, not desktops. "
              .. "Techs actually use it.",
            "Would it help to know that Floorwise was built for phones, not "
              .. "desktops, so techs actually use it?",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'Funny,' he says. 'They said their techs loved it too.'",
          next = "defensive",
          coach = "Transactional pushing, even as a question: you answered his "
            .. "history with a feature, and assumed you already know what went "
            .. "wrong." },
      },
    },

    what_broke = {
      say = "Their people set it up from Chicago and never came to the floor. Work "
        .. "orders had to be typed at a desktop in the maintenance office, the PM "
        .. "schedules came over wrong, and Hollis, my lead tech, told the crew it "
        .. "was a waste of time. Three months in, the whiteboard was back.",
      choices = {
        { id = "reflect_floor",
          text = {
            "So it was set up around the office, and the people who had to use it "
              .. "every day were never really asked. Is that fair?",
            "So it was built around the office, and nobody asked the people on "
              .. "the floor.",
            "It was set up from Chicago for a desk, and the crew who had to live "
              .. "with it never had a say.",
          },
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = function(s)
            if s.trust >= 40 then
              return "'That's exactly it,' he says. 'Nobody asked Hollis a thing.'"
            end
            return "'More or less,' he says."
          end,
          next = "cost_to_him",
          coach = "Active listening, processing stage: you summed up the root "
            .. "cause in his terms and checked it, without blaming his crew or "
            .. "the vendor." },
        { id = "reflect_software",
          text = {
            "So the desktop system was the problem: work orders typed at a "
              .. "desk in the maintenance office, and PM schedules that came over "
              .. "wrong. Is that fair?",
            "So it came down to the software: a desktop system in the "
              .. "maintenance office, too clunky for a crew on the floor.",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -10 },
          reply = "'The software was the least of it,' he says. 'Nobody came to the "
            .. "floor.'",
          next = "cost_to_him",
          coach = "A summary with the priority wrong: he told you the set-up was "
            .. "done from Chicago and nobody came to the floor. Blaming the "
            .. "software makes it a problem you can sell a fix for." },
        { id = "thats_rough",
          text = {
            "That's a rough year. I'm sorry you went through it.",
            "That's a rough year to go through, and I'm sorry you and your crew "
              .. "had to.",
          },
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "He shrugs. 'It happens.'",
          next = "cost_to_him",
          coach = "Empathy without processing: sincere, but you didn't play back "
            .. "what went wrong, so he can't tell whether you understood it." },
        { id = "cant_happen",
          text = {
            "That can't happen with us. Floorwise runs on the techs' phones, right "
              .. "at the machine.",
            "With us that can't happen: Floorwise lives on the techs' phones, at "
              .. "the machine, not in an office.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'Can't happen,' he repeats. 'I've heard that one.'",
          next = "pushback",
          coach = "Transactional pushing: a feature offered as a guarantee. He has "
            .. "heard 'that can't happen' before." },
        { id = "pile_on",
          text = {
            "Sounds like PlantSuite, all right. Their support is famous for that.",
            "That sounds like PlantSuite, all right. Their remote set-ups are "
              .. "famous for exactly that.",
          },
          skills = { listening = 1, pushing = 1 },
          state = { trust = -5 },
          reply = "'Maybe,' he says. 'But I'm the one who picked them.'",
          next = "cost_to_him",
          coach = "Trashing the competitor: it feels like agreeing with him, but "
            .. "it reminds him he made the call. Acknowledge the past; don't run "
            .. "it down." },
      },
    },

    cost_to_him = {
      say = function(s)
        if s.trust >= 40 then
          return "Winifred still calls it 'Cyrus's whiteboard project.' She means "
            .. "it as a joke. Anyway. Water under the bridge."
        end
        return "Anyway. Water under the bridge."
      end,
      choices = {
        { id = "move_on",
          text = {
            "Fair enough. How are you running maintenance today?",
            "Fair enough, water under the bridge. So how does maintenance "
              .. "actually run on the floor these days?",
          },
          skills = { listening = 1, problem_solving = 1 },
          next = "today",
          coach = "A SPIN situation question, but you took 'water under the "
            .. "bridge' at face value and missed what the failure cost him." },
        { id = "ask_you",
          text = {
            "It doesn't sound like it's under the bridge. What did it cost "
              .. "you?",
            "It doesn't sound like water under the bridge to me. What did it "
              .. "cost you, personally?",
            "It doesn't sound under the bridge. I'd like to know what it cost "
              .. "you.",
          },
          skills = { empathy = 2, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 45 then return "He's quiet for a moment." end
            return "His face closes."
          end,
          next = function(s)
            if s.trust >= 45 then return "personal_open" end
            return "personal_closed"
          end,
          coach = "Active listening, sensing stage, and empathy: you heard what "
            .. "he didn't say. Whether he answers depends on the trust you've "
            .. "built by now." },
        { id = "joke_stings",
          text = {
            "Winifred's 'whiteboard project' joke sounds like it stings more than "
              .. "she knows.",
            "A joke like 'Cyrus's whiteboard project' would sting me, I think.",
          },
          when = function(s) return s.trust >= 40 end,
          skills = { empathy = 2, listening = 1 },
          reply = "'It's a joke,' he says. 'Anyway.'",
          next = "today",
          coach = "Sensing, but stopping at the joke: you noticed the sting and "
            .. "named it for him, which lets him wave it off. Asking what it cost "
            .. "him would have let him say it." },
        { id = "bright_side",
          text = {
            "The good news is the technology has come a long way in two "
              .. "years.",
            "The good news, if there is any, is that the technology has come "
              .. "a long way in the last two years.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'So I keep hearing,' he says.",
          next = "today",
          coach = "Minimizing his experience to get to the product, a mild form "
            .. "of pushing: it says his problem was old software, not a rollout "
            .. "nobody owned." },
      },
    },

    personal_open = {
      say = "I sponsored it. When it fell over, the regional operations job I was "
        .. "up for went to somebody else. So, yes. It cost me.",
      choices = {
        { id = "not_your_fault",
          text = {
            "I'm sure it wasn't all on you.",
            "From what you've told me, I'm sure it wasn't all on you, whatever "
              .. "Winifred says.",
          },
          skills = { empathy = 2 },
          reveal = { "personal" },
          reply = "'Winifred didn't see it that way,' he says.",
          next = "today",
          coach = "Reassurance without understanding: kind, but you can't know "
            .. "that, and it says nothing about what he needs next time." },
        { id = "win_it_back",
          text = {
            "Then let's make this the project that wins it back for you.",
            "Then this is your chance to win it back. Let's make this rollout "
              .. "the one people at Brennan remember you for, and the one Winifred "
              .. "stops joking about.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reveal = { "personal" },
          reply = "'That's what I told myself last time,' he says.",
          next = "today",
          coach = "Transactional pushing: using his setback as leverage for your "
            .. "sale. He hears that you want him to take the same risk again." },
        { id = "honor_risk",
          text = {
            "Thank you for telling me. Then anything we talk about has to be "
              .. "something you could take to Winifred without putting yourself on "
              .. "the line twice.",
            "Thank you. Then whatever we do can't put you on the line a second "
              .. "time.",
          },
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "personal" },
          reply = "'Now that,' he says, 'would be different.'",
          next = "today",
          coach = "Empathy that solves a problem: you named his real risk and "
            .. "made protecting it a condition of any deal. His wound becomes a "
            .. "buying criterion." },
      },
    },

    personal_closed = {
      say = "That's between me and Winifred.",
      choices = {
        { id = "press_him",
          text = {
            "Come on, it must have stung a little.",
            "Surely it stung, though, having your VP joke about it in front of "
              .. "people?",
          },
          skills = { pushing = 1 },
          state = { trust = -5, patience = -10 },
          reply = "He doesn't answer that.",
          next = "today",
          coach = "Pushing past a boundary: curiosity turned into pressure, and "
            .. "he closes up a little more." },
        { id = "respect_line",
          text = {
            "Understood, I won't push. Can I ask how maintenance runs on the floor "
              .. "today?",
            "Understood. I won't push on that.",
          },
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 5 },
          next = "today",
          coach = "Empathy, respecting a boundary: he wasn't ready to tell you, "
            .. "and backing off keeps the trust you have. Earlier trust would "
            .. "have opened this door." },
        { id = "who_signs",
          text = {
            "Fair enough. So is Winifred the one who'd sign off on something like "
              .. "this?",
            "Fair enough. Would Winifred be the one signing off on a decision "
              .. "like this, then?",
          },
          skills = { listening = 1, problem_solving = 1 },
          state = { trust = -5 },
          reply = "'Winifred signs everything,' he says, shortly.",
          next = "today",
          coach = "A good MEDDIC question at the wrong moment: he has just told "
            .. "you where the line is, and you went straight to who holds the "
            .. "budget. It sounds like the only part you heard." },
      },
    },

    ----------------------------------------------------------------------
    -- Today's problem and what it costs.
    ----------------------------------------------------------------------
    today = {
      say = function(s)
        if s.trust >= 50 then
          return "Honestly? PMs are on a whiteboard in the shop. Ezequiel, our "
            .. "planner, keeps the rest in a spreadsheet and in his head. "
            .. "Breakdowns get called in on the radio."
        end
        return "Whiteboard, a spreadsheet, radios. It works."
      end,
      choices = {
        { id = "radio_q",
          text = {
            "How long does it take a tech to reach a breakdown once it's called "
              .. "in on the radio?",
            "When a breakdown is called in on the radio, how long before a tech "
              .. "is at the machine?",
          },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'Five minutes,' he says. 'The radio's the part that works.'",
          next = "pain",
          coach = "A situation question about the part that works: detailed, "
            .. "but it steers away from where his setup hurts." },
        { id = "whiteboard_fine",
          text = {
            "If the whiteboard works, that's worth something. Plenty of plants run "
              .. "that way.",
            "If it works, it works. Plenty of good plants still run on a "
              .. "whiteboard, and there's no shame in it.",
          },
          skills = { empathy = 1, listening = 1 },
          reply = "'Works is a strong word,' he says.",
          next = "pain",
          coach = "Agreeable, not curious: you validated his setup but asked "
            .. "nothing, so he has to volunteer the problem himself." },
        { id = "where_hurts",
          text = {
            "Where does that setup let you down most?",
            "Where does that setup let you down most? I don't mean in theory; "
              .. "I mean last month.",
            "Tell me where that setup lets you down most.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "pain" },
          next = "pain",
          coach = "A SPIN problem question: you asked where his process fails, so "
            .. "he tells you what it costs him instead of defending it." },
        { id = "app_replaces",
          text = {
            "Floorwise replaces all three: whiteboard, spreadsheet and radio. Can "
              .. "I show you?",
            "Would it help to see how Floorwise replaces all three of those in "
              .. "one app?",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'There it is,' he says.",
          next = "pushback",
          coach = "Transactional pushing: he described how his plant runs and you "
            .. "answered with a demo. You still don't know what's wrong with it." },
      },
    },

    pain = {
      say = function(s)
        if s.facts.pain then
          return "Nine hours a month of unplanned downtime on the big press line, "
            .. "give or take, and most of it is stuff a PM should have caught. And "
            .. "Ezequiel, our planner, retires in March. When he goes, half the "
            .. "schedule goes with him."
        end
        return "Some months are fine. Some months the press line goes down and we "
          .. "scramble."
      end,
      choices = {
        { id = "fix_that",
          text = {
            "Our PM scheduling would catch those failures before they happen.",
            "That's what our PM scheduling is for: it catches those failures "
              .. "before they happen.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          next = "pushback",
          coach = "Transactional pushing: you claimed the fix before sizing the "
            .. "problem, so it sounds like every other vendor." },
        { id = "luis_worry",
          text = {
            "Losing Ezequiel in March sounds like a real worry. How are you "
              .. "feeling about it?",
            "Ezequiel retiring in March sounds like it weighs on you.",
          },
          requires = { "pain" },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Like I'm losing my memory,' he says.",
          next = "turning_point",
          coach = "Empathy for the person, but no implication question: you "
            .. "never asked what the downtime costs, so it stays a worry, not a "
            .. "business case." },
        { id = "cost_hour",
          text = {
            "When that press line is down, what does an hour cost you?",
            "Nine hours a month. When that press line is down, what does each "
              .. "hour cost you, roughly?",
            "Put a number on an hour of that downtime for me.",
          },
          requires = { "pain" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "impact" },
          reply = "He does the math out loud. 'More than I like saying.'",
          next = "turning_point",
          coach = "A SPIN implication question: you turned 'some downtime' into "
            .. "a number he can take to his VP." },
        { id = "cost_week",
          text = {
            "Nine hours a week of unplanned downtime on the big press line. "
              .. "When it's down, what does each hour cost you, roughly?",
            "Nine hours a week of unplanned downtime is a lot. What does an "
              .. "hour of it cost you?",
          },
          requires = { "pain" },
          skills = { listening = -1, problem_solving = 2 },
          state = { trust = -10 },
          reveal = { "impact" },
          reply = "'A month,' he says. 'Nine a month. I'd have shut the line down "
            .. "at nine a week.'",
          next = "turning_point",
          coach = "The right implication question on a misheard number: nine "
            .. "hours a month became nine a week. He notices, and wonders what "
            .. "else you'll get wrong in the case he has to take upstairs." },
        { id = "bad_months",
          text = {
            "What happens in the bad months?",
            "Tell me about the bad months.",
          },
          when = function(s) return not s.facts.pain end,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "pain" },
          next = "pain",
          coach = "Active listening, sensing stage: you caught 'some months' and "
            .. "asked about it, which gets him to the real problem." },
        { id = "under_control",
          text = {
            "Sounds like you've got it mostly under control, then.",
            "Then it sounds like you and the crew have it mostly under control, "
              .. "most of the time.",
          },
          when = function(s) return not s.facts.pain end,
          skills = { empathy = 1 },
          next = "turning_point",
          coach = "Taking the surface answer: agreeable, but it lets him skip the "
            .. "problem you needed to hear about." },
      },
    },

    -- His doubt: an insight that reframes it is worth more than a question.
    turning_point = {
      say = function(s)
        if s.facts.impact then
          return "Call it eight thousand an hour in lost output and overtime, nine "
            .. "hours a month. And our biggest customer sent us a late-delivery "
            .. "warning last quarter. So yes, I've got a problem. What I don't "
            .. "have is any reason to think software fixes it."
        end
        return "So I've got problems. Everybody does. What I don't have is any "
          .. "reason to think software fixes them."
      end,
      choices = {
        { id = "data_insight",
          text = {
            "Software fixes it only if the data underneath is right. In "
              .. "plants like yours the asset register is usually a mess, so any "
              .. "system's PM schedule comes over wrong.",
            "What we see in most plants is that the data is the problem. Fix "
              .. "the asset register first, and the schedules stop coming over "
              .. "wrong in any software.",
          },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'My asset register's fine,' he says. 'Nobody came to the floor.'",
          next = "hub",
          coach = "An insight aimed at the wrong problem: data quality is a real "
            .. "issue in some plants, but he told you what failed here, a rollout "
            .. "run from an office. Teaching only works when it's tailored to "
            .. "what you heard." },
        { id = "skeptical_too",
          text = {
            "After what you've been through, I'd be skeptical too.",
            "After what you went through last time, I'd be every bit as skeptical "
              .. "as you are.",
          },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Good,' he says. 'Then we understand each other.'",
          next = "hub",
          coach = "Empathy without a next step: he feels understood, but you "
            .. "didn't ask or show what would change his mind." },
        { id = "reframe_rollout",
          text = {
            "Maybe it doesn't. From what you've told me, the software didn't "
              .. "fail you; a rollout nobody on your floor owned did.",
            "You may be right. Last time the software wasn't what failed: the "
              .. "rollout was run from an office, and nobody on your floor owned "
              .. "it.",
            "Software alone won't. What failed last time was a rollout nobody "
              .. "on your floor owned.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 60 then
              return "He looks at you for a long moment. 'Go on.' Then, before you "
                .. "can, he starts listing what it would take."
            end
            return "'Maybe,' he says. 'Maybe.'"
          end,
          next = route_different,
          coach = "A Challenger insight, tailored: you reframed his doubt in his "
            .. "own story (software didn't fail him; an unowned rollout did), "
            .. "which turns 'nothing works' into a problem with a solution he "
            .. "can define." },
        { id = "ask_different",
          text = {
            "That's fair, after last time. What would a rollout have to look like "
              .. "for you to believe this one is different?",
            "That's fair. What would have to be true for you to believe this one "
              .. "is different?",
          },
          skills = { empathy = 2, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 60 then return "He takes his time before answering." end
            return "He snorts."
          end,
          next = route_different,
          coach = "Decision criteria (the D in MEDDIC): you accepted his doubt as "
            .. "reasonable and asked him to define 'different.' Good; tying it "
            .. "back to what failed would have given him a reason to answer." },
        { id = "promise_different",
          text = {
            "I get it. But this time really is different: forty plants live, and "
              .. "a dedicated rollout team.",
            "I hear you, but this really is different: we're live in forty plants "
              .. "with a dedicated rollout team for each one.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          next = "pushback",
          coach = "Transactional pushing: telling him it's different is exactly "
            .. "what the last vendor did. He needs to define 'different', not "
            .. "hear you claim it." },
      },
    },

    different = {
      say = "Techs put in work orders at the machine, on their phones, not at some "
        .. "desk. Somebody from your side on my floor the week we go live, not on "
        .. "a video call. One press line first, not the whole plant. And if it "
        .. "isn't working at ninety days, I walk away without a fight.",
      choices = {
        { id = "thank_clear",
          text = {
            "I really appreciate you spelling that out.",
            "Thank you. I really appreciate you spelling that out so clearly for "
              .. "me.",
          },
          skills = { empathy = 2, listening = 1 },
          reveal = { "criteria" },
          next = "ever_failed",
          coach = "Gracious, and he did give you his criteria, but you didn't test "
            .. "them or ask how he'd measure success." },
        { id = "pin_down",
          text = {
            "That's clear, thank you. If we met all four on one line, what "
              .. "would you need to see at ninety days to call it a success?",
            "If we met all four on one line, what would you need to see at "
              .. "ninety days?",
            "Then give me the test you'd use at ninety days to call it a "
              .. "success.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "criteria" },
          reply = "'Downtime cut in half, and Hollis still using it,' he says. "
            .. "'That's the test.'",
          next = "ever_failed",
          coach = "Active listening and problem-solving: you took his four "
            .. "conditions and asked for a measurable success test, which is what "
            .. "he'll need to take to Winifred." },
        { id = "agree_all",
          text = {
            "We can do all of that. Absolutely.",
            "Phones at the machine, someone on your floor the week you go "
              .. "live, one press line first, and a way out at ninety days: we can "
              .. "do all four, in writing, today.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reveal = { "criteria" },
          reply = "'Everybody can do everything on the phone,' he says.",
          next = "ever_failed",
          coach = "Agreeing too fast, a quiet form of pushing: you said yes before "
            .. "asking what success would look like, which sounds like the last "
            .. "vendor." },
      },
    },

    -- The hard question: he wants the truth, not reassurance.
    ever_failed = {
      say = "Now tell me straight, and don't sell me. Has one of your rollouts "
        .. "ever failed?",
      choices = {
        { id = "fair_worry",
          text = {
            "That's a completely fair thing to ask after what you've been "
              .. "through, and honestly I respect you for asking it before "
              .. "anything else. It's what I'd ask in your shoes.",
            "After last time, that's the right thing to ask, and I respect "
              .. "it.",
          },
          skills = { empathy = 2 },
          state = { trust = -5 },
          reply = "'That's not an answer,' he says.",
          next = "hub",
          coach = "Empathy in place of an answer: he asked a yes-or-no question "
            .. "and told you not to sell him. Respecting the question means "
            .. "answering it." },
        { id = "honest_yes",
          text = {
            "Yes. A forge in Peoria last year: we set it up from our office and "
              .. "skipped the floor week, and the crew never used it. That's why the "
              .. "floor week isn't optional any more.",
            "Yes, one. We ran it from our office and skipped the floor week, and "
              .. "the crew dropped it. We don't skip that week now.",
            "Yes. One, last year, for the same reason yours did.",
          },
          question = false,
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reply = "He nods slowly. 'First honest answer I've had from a vendor.'",
          next = "hub",
          coach = "Candor, the responding stage done honestly: he asked for the "
            .. "truth and got it, with what you learned from it. Admitting a "
            .. "failure that matches his own is what makes your conditions "
            .. "believable." },
        { id = "adoption_stat",
          text = {
            "Not really. We're live in forty plants, and ninety-five percent of "
              .. "techs use it every week.",
            "Not in any way that counts: forty plants live, with ninety-five "
              .. "percent weekly use among their techs.",
          },
          skills = { pushing = 1 },
          state = { trust = -10, patience = -5 },
          reply = "'Ninety-five percent,' he says. 'PlantSuite had a number too.'",
          next = "hub",
          coach = "A statistic instead of the truth: he told you not to sell him, "
            .. "and 'not really' plus a number is a sales answer." },
        { id = "turn_it_back",
          text = {
            "If I told you straight that none of our rollouts has ever "
              .. "failed, would you believe me?",
            "What would it mean to you if I said no?",
          },
          skills = { listening = 1 },
          state = { trust = -5 },
          reply = "'It'd mean you were lying,' he says. 'Everyone's failed once.'",
          next = "hub",
          coach = "Answering a question with a question: a listening technique "
            .. "used to dodge. When a buyer asks you straight, the question is "
            .. "the wrong tool." },
      },
    },

    different_guarded = {
      say = "Different? Just don't waste my guys' time. That's all I've got.",
      choices = {
        { id = "accept_it",
          text = {
            "Understood. I won't waste their time.",
            "Understood. The last thing I want is to waste your crew's time.",
          },
          skills = { empathy = 1 },
          next = "hub",
          coach = "Accepting the brush-off: polite, but you still don't know what "
            .. "'different' would mean to him." },
        { id = "narrow_q",
          text = {
            "Fair. Something narrower, then: if it were up to your techs, "
              .. "where would they enter a work order?",
            "Then something narrower. If it were up to your techs, tell me "
              .. "where they'd enter a work order.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "criteria" },
          reply = "'At the machine, on their phones,' he says. 'One line at a time, "
            .. "with somebody from your side on the floor. And a way out.'",
          next = "hub",
          coach = "A sharper SPIN situation question: when he wouldn't answer the "
            .. "big question, a concrete one got you his criteria anyway." },
        { id = "push_demo",
          text = {
            "The best way to show you is a demo with your techs next week.",
            "Would a demo with your techs next week be the best way to show you?",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          next = "pushback",
          coach = "Transactional pushing: asking for his crew's time before he "
            .. "has told you what would make it worth spending." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: who else matters, then a summary.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        if s.trust >= 70 then
          return "All right. You've got my attention. What else do you need?"
        elseif s.trust >= 45 then
          return "What else?"
        end
        return "Anything else? I've got a line to run."
      end,
      choices = {
        { id = "ask_carla",
          text = {
            "When you take something like this to Winifred, what does she need to "
              .. "see, and by when?",
            "What does Winifred need to see before she'd fund something like "
              .. "this, and by when?",
          },
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "decision" },
          next = "carla_talk",
          coach = "MEDDIC, economic buyer and decision process: you asked who "
            .. "signs and on what timeline before she can surprise you." },
        { id = "summarize",
          text = function(s)
            local parts = {
              "nine hours a month of surprise downtime on the press line" }
            if s.facts.impact then
              parts[#parts + 1] = "about eight thousand dollars every hour it's down"
            end
            parts[#parts + 1] = "a schedule that retires with Ezequiel in March"
            parts[#parts + 1] = "a rollout that has to start on the floor, not in "
              .. "an office"
            return "Let me check I have this right. You've got " .. join(parts)
              .. "."
          end,
          question = false,
          requires = { "pain", "impact", "criteria" },
          unavailable = "Not yet.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied his downtime, its "
            .. "cost and his conditions into one summary and let him check it." },
        { id = "early_payoff",
          text = {
            "If the press line never went down by surprise again, what would that "
              .. "mean for you?",
            "Imagine a year with no surprise stops on the press line. What would "
              .. "that be worth to you?",
          },
          when = function(s) return not s.facts.criteria end,
          skills = { empathy = 1, problem_solving = 1 },
          state = { trust = -5 },
          reply = "'A lot,' he says. 'That's what the last guy asked, right before "
            .. "his pitch. Go on, then.'",
          next = "propose",
          coach = "A need-payoff question before you know what 'different' would "
            .. "mean to him (SPIN asks it last): it's the run-up to a pitch, and "
            .. "he has heard that run-up before." },
        { id = "ask_criteria",
          text = {
            "Can I ask: what would a rollout have to look like for you to believe "
              .. "this one is different?",
            "What would a rollout have to look like for you to believe this one "
              .. "is different?",
          },
          once = true,
          when = function(s)
            return not s.facts.criteria and s.visits.different_guarded == 0
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          next = route_different,
          coach = "Decision criteria (MEDDIC), asked late but in time: without "
            .. "his definition of 'different', any proposal is a guess." },
        { id = "summary_wrong",
          text = function(s)
            local parts = {
              "nine hours a week of surprise downtime on the press line" }
            if s.facts.impact then
              parts[#parts + 1] = "about eight thousand dollars every hour it's down"
            end
            parts[#parts + 1] = "a schedule that retires with Ezequiel in May"
            parts[#parts + 1] = "a rollout that has to start with better software, "
              .. "not a desktop"
            return "Let me check I have this right. You've got " .. join(parts)
              .. "."
          end,
          question = false,
          requires = { "pain", "impact", "criteria" },
          skills = { listening = -2, problem_solving = 1 },
          state = { trust = -15 },
          reply = "'A month. March. And it was never the software,' he says. 'You "
            .. "sound like the last guy.'",
          next = "payoff",
          coach = "Processing failed: a month became a week, March became May, "
            .. "and the rollout became a software problem. A summary that gets "
            .. "his story wrong undoes the listening before it." },
        { id = "ask_ray",
          text = function(s)
            if s.facts.failure then
              return "You said Hollis talked the crew out of the last system. What "
                .. "would it take for Hollis to back one?"
            end
            return "Who on the floor would have to believe in a new system for the "
              .. "crew to use it?"
          end,
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "champion" },
          next = "ray_talk",
          coach = "MEDDIC, champion: you looked for the person whose word the "
            .. "crew follows, the one who sank the last rollout." },
        { id = "wrap_up",
          text = {
            "I've taken plenty of your time. Can I put a proposal together for you "
              .. "and Winifred?",
            "I've taken enough of your time. Let me put a proposal together for "
              .. "you and Winifred.",
          },
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 60 and known(s, "pain", "criteria") then
              return "won_line"
            elseif s.trust >= 35 then
              return "stalled"
            end
            return "lost"
          end,
          coach = "A premature close: a proposal before you've checked your "
            .. "understanding with him. It reads like a vendor's, not his own." },
      },
    },

    ray_talk = {
      say = "Hollis has been here twenty-six years. He thinks software is how the "
        .. "office spies on the shop. But if Hollis says a tool is worth using, "
        .. "the crew uses it. Simple as that.",
      choices = {
        { id = "ray_meet",
          text = {
            "Would it help if I sat down with Hollis myself and walked him "
              .. "through what Floorwise can do for his crew, so he hears it from "
              .. "the people who built it?",
            "Let me sit down with Hollis and walk him through the app myself. "
              .. "He should hear it from us.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'You'd be walking him through a pitch,' Cyrus says.",
          next = "hub",
          coach = "A pitch to the champion, offered as a favor: walking Hollis "
            .. "through features is what the last vendor's training did. He needs "
            .. "a say, not a demo." },
        { id = "ray_picks",
          text = {
            "Then Hollis should help choose it, not have it handed to him. Would "
              .. "he try it on the press line and tell us what's wrong with it?",
            "Then Hollis picks the first machines, and his job is to tell us "
              .. "what's wrong with it.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "Cyrus laughs for the first time. 'Hollis would love telling you "
            .. "what's wrong with it.'",
          next = "hub",
          coach = "Problem-solving with empathy: you turned the man who sank the "
            .. "last rollout into its champion (the C in MEDDIC) by giving him a "
            .. "real say." },
        { id = "ray_respect",
          text = {
            "Twenty-six years. He's earned his opinions.",
            "Twenty-six years on that floor. He's earned every one of his "
              .. "opinions, and your crew knows it.",
          },
          skills = { empathy = 2 },
          reply = "'He has,' Cyrus says.",
          next = "hub",
          coach = "Empathy for Hollis, but no plan: you respected him without "
            .. "finding a way to give him a say." },
        { id = "train_ray",
          text = {
            "We'd make sure Hollis is fully trained before go-live. Our training "
              .. "program is excellent.",
            "We'd get Hollis fully trained before go-live; our training program "
              .. "is the best part of what we do.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'They trained him last time too,' Cyrus says.",
          next = "hub",
          coach = "Telling instead of involving: training Hollis treats him as a "
            .. "user to manage, the same mistake the last rollout made." },
      },
    },

    carla_talk = {
      say = "Winifred holds the budget. After last time, I won't bring her "
        .. "anything that isn't built on my own plant's numbers. Capital requests "
        .. "for next year are due October fifteenth.",
      choices = {
        { id = "case_wrong",
          text = function(s)
            if s.facts.impact then
              return "Then let's build it on your numbers: the nine hours a week, "
                .. "the five thousand an hour, the customer warning. Would it help "
                .. "if I drafted it and you tore it apart?"
            end
            return "Then let's build it on the industry numbers, so Winifred sees "
              .. "what plants like yours save. Would that help?"
          end,
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -10 },
          reply = "'Not my numbers,' he says. 'Not even close.'",
          next = "hub",
          coach = "A case on the wrong numbers: he said nine hours a month and "
            .. "eight thousand an hour, and that the case has to be his plant's "
            .. "own figures. Get one wrong and it's a vendor's case again." },
        { id = "go_to_carla",
          text = {
            "Would it be easier if I went straight to Winifred? I'm happy to "
              .. "present to her.",
            "Would it take something off your plate if I presented the case to "
              .. "Winifred myself?",
          },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'Go around me,' he says slowly. 'That's a new one.'",
          next = "hub",
          coach = "Transactional pushing: going over his head repeats what cost "
            .. "him last time. He needs to own this case, not be bypassed." },
        { id = "build_case",
          text = function(s)
            if s.facts.impact then
              return "Then let's build it on your numbers: the nine hours, the "
                .. "eight thousand an hour, the customer warning. I'll draft it; "
                .. "you tear it apart."
            end
            return "Then let's build it on your numbers. Would it help if we "
              .. "measured your downtime together first?"
          end,
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'That,' he says, 'I could take upstairs.'",
          next = "hub",
          coach = "MEDDIC, economic buyer and decision process: you offered to "
            .. "help him build the case in his own numbers, for the person who "
            .. "signs, on her deadline." },
        { id = "deck_for_carla",
          text = {
            "I'll send you a deck you can forward to her.",
            "I'll put together a short deck you can forward straight to Winifred "
              .. "before the fifteenth.",
          },
          skills = { pushing = 1 },
          reply = "'She's seen decks,' he says.",
          next = "hub",
          coach = "Passive: a vendor deck is what Winifred saw last time. It gives "
            .. "Cyrus nothing of his own to stand behind." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in his words, then a next step built on his conditions.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.chose.summary_wrong then
          return "He corrects you, flatly. 'Try again tomorrow.' He doesn't hang "
            .. "up, though."
        end
        if s.trust >= 75 then
          return "That's it. You've actually been listening."
        end
        return "More or less."
      end,
      choices = {
        { id = "payoff_wrong",
          text = {
            "If the press line ran without those surprise stops, and the schedule "
              .. "didn't walk out the door with Ezequiel in May, what would that "
              .. "change for you and the plant?",
            "If the schedule didn't leave with Ezequiel in May, and the line ran "
              .. "without surprises, what would that change?",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -10 },
          reply = "'March,' he says. 'He retires in March.'",
          next = "propose",
          coach = "A need-payoff question on a wrong date: Ezequiel retires in "
            .. "March, which is what makes this urgent. Get the date wrong and "
            .. "the urgency goes with it." },
        { id = "thanks_open",
          text = {
            "Thank you for being so open with me today.",
            "Thank you for being this open with me today. I know it isn't easy, "
              .. "after the last time.",
          },
          skills = { empathy = 2, listening = 1 },
          reply = "'Don't make me regret it,' he says. 'So what now?'",
          next = "propose",
          coach = "Sincere empathy, but no need-payoff question: he never says "
            .. "out loud what fixing this would be worth to him." },
        { id = "payoff_q",
          text = {
            "If the press line ran without those surprise stops, and the schedule "
              .. "didn't walk out the door with Ezequiel in March, what would that "
              .. "change for you?",
            "If the line ran without surprises and the schedule stayed when "
              .. "Ezequiel goes, what would that change for you?",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'I'd stop apologizing to that customer,' he says. 'And I'd have "
            .. "something to show Winifred that isn't a whiteboard.'",
          next = "propose",
          coach = "A SPIN need-payoff question: he describes the value in his own "
            .. "words, which persuades him more than any number you could quote." },
        { id = "send_contract",
          text = {
            "Great, then let's get the paperwork started.",
            "Would it help if I got the paperwork started today, so it's ready "
              .. "when you are?",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -10 },
          reply = "'Slow down,' he says. 'I agreed on the problem, not on you.'",
          next = "propose",
          coach = "Transactional pushing: closing on agreement about the problem, "
            .. "not the solution. That's the rush he remembers from last time." },
      },
    },

    propose = {
      say = function(s)
        if s.trust >= 75 then
          return "So what are you suggesting? And don't say 'the whole plant.'"
        elseif s.trust >= 50 then
          return "What's the next step, then?"
        end
        return "I've got a production meeting. What exactly are you proposing?"
      end,
      choices = {
        { id = "propose_remote",
          text = function(s)
            local who = s.facts.champion and ", with Hollis on the video calls"
              or ""
            return "Start with one press line for ninety days" .. who .. ". Our "
              .. "team sets it up remotely from our office the week you go live, so "
              .. "nobody loses floor time, and if it isn't working, you walk away."
          end,
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -10 },
          next = function(s)
            if s.trust >= 55 and known(s, "pain", "criteria") then
              return "won_line"
            elseif s.trust >= 35 then return "stalled" end
            return "lost"
          end,
          coach = "The right shape with the wrong detail: he asked for someone on "
            .. "his floor the week of go-live, and a remote set-up from an office "
            .. "is exactly what burned him." },
        { id = "whole_plant",
          text = {
            "Let's do all three lines at once. It's cheaper per seat, and you'll "
              .. "see results faster.",
            "Why not all three lines at once? It's cheaper per seat for you, and "
              .. "you'd see results faster.",
          },
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 80 and s.facts.criteria then return "won_line" end
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing: the big-bang rollout he just told you "
            .. "burned him. A bigger order on paper, a smaller chance of any "
            .. "order at all." },
        { id = "propose_line",
          text = function(s)
            local who = s.facts.champion and ", with Hollis picking the first machines"
              or ""
            return "Start with one press line for ninety days" .. who .. ". "
              .. "Someone from our team on your floor the week you go live, and if "
              .. "it isn't working at ninety days, you walk away."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_line,
          coach = "Problem-solving, the trusted-advisor close: a next step built "
            .. "from his own conditions, the people who matter and a safe way "
            .. "out, so saying yes doesn't put him on the line twice." },
        { id = "his_call",
          text = {
            "What would you like the next step to be?",
            "What would you like the next step to be, from your side?",
          },
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 60 and s.facts.criteria then return "won_line" end
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "Listening, but passive: handing the next step back to a wary "
            .. "buyer leaves your deal to his calendar." },
        { id = "send_deck",
          text = {
            "I'll send over a proposal and a couple of case studies.",
            "I'll send over a proposal and a couple of case studies from plants "
              .. "like yours, so you can look at them in your own time.",
          },
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 50 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional and passive: case studies are what the last "
            .. "vendor sent, and they give him nothing to decide." },
      },
    },

    ----------------------------------------------------------------------
    -- The pushy track: one chance to recover each time, then the door closes.
    ----------------------------------------------------------------------
    defensive = {
      say = function(s)
        if s.patience <= 30 then
          return "I've got a production meeting in ten minutes. Make it quick."
        end
        return "That's what the last outfit told me, almost word for word."
      end,
      choices = {
        { id = "send_info",
          text = {
            "Understood. Why don't I send you some information to look at when "
              .. "you have time?",
            "Understood. I'll send you some information to look at whenever you "
              .. "have a minute.",
          },
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Passive: backing away with a brochure. You learned nothing, so "
            .. "you have nothing to send that he'll read." },
        { id = "own_it",
          text = function(s)
            if s.facts.failure then
              return "You're right, that was a sales line. Can I go back to "
                .. "listening? How does maintenance actually run today?"
            end
            return "You're right, that was a sales line, and you've heard plenty. "
              .. "What actually happened last time?"
          end,
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 25 then return "He exhales. 'Okay. One more try.'" end
            return "'Fine,' he says, without much warmth."
          end,
          next = function(s)
            if s.facts.failure then return "today" end
            return "story"
          end,
          coach = "Empathy and a recovery: you owned the sales line and went back "
            .. "to asking. Humility buys a second chance, not a clean slate." },
        { id = "case_study",
          text = {
            "Honestly, the numbers speak for themselves. Can I walk you through a "
              .. "case study from a plant like yours?",
            "Would it help if I walked you through a case study from a plant a lot "
              .. "like yours? The numbers speak for themselves.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = "He doesn't stop you. He just stops listening.",
          next = "cold",
          coach = "Transactional pushing: you talked over his objection instead "
            .. "of hearing it. More pitch is the opposite of what he asked for." },
      },
    },

    pushback = {
      say = function(s)
        if s.patience <= 25 then
          return "I've got about two minutes left for you."
        end
        return "And there's the pitch. Right on time."
      end,
      choices = {
        { id = "discount_offer",
          text = {
            "What if I took fifteen percent off, to make up for your last "
              .. "experience?",
            "Would fifteen percent off help make up for your last experience?",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -10 },
          reply = "'My problem wasn't the price,' he says.",
          next = "cold",
          coach = "Discounting to buy trust: transactional pushing. His problem "
            .. "was a rollout nobody owned, and money doesn't fix that." },
        { id = "insist",
          text = {
            "I hear you, but our results speak for themselves. Let me send "
              .. "you three case studies.",
            "I hear you. Our results speak for themselves, though, and I'd "
              .. "like to send you three case studies from plants your size so you "
              .. "can see it for yourself.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          next = "cold",
          coach = "Transactional pushing: you answered his doubt with more "
            .. "claims, the one thing he told you doesn't work on him." },
        { id = "over_sorry",
          text = {
            "I'm sorry, that was clumsy of me. After what you went through with "
              .. "your last vendor, how are you feeling about all of this, "
              .. "honestly?",
            "That was clumsy, and I'm sorry. You deserve better than another "
              .. "pitch after last time; how are you feeling about your "
              .. "decision so far?",
          },
          skills = { empathy = 1 },
          state = { patience = -15 },
          reply = "'I'm feeling like I have two minutes,' he says, and starts "
            .. "to gather his things.",
          next = "cold",
          coach = "Empathy at the wrong moment: he wants you to stop telling and "
            .. "start asking, not to talk about his feelings. The apology was "
            .. "right; the question wasted the minutes he has left." },
        { id = "back_off",
          text = function(s)
            if s.facts.criteria then
              return "You're right, I got ahead of you. Can I go back to asking "
                .. "instead of telling?"
            end
            return "You're right, I got ahead of you. Let me ask instead: what "
              .. "would a rollout have to look like to be different for you?"
          end,
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 5 },
          reply = "'Go ahead,' he says.",
          next = function(s)
            if s.facts.criteria then return "hub" end
            return route_different(s)
          end,
          coach = "Empathy and a recovery: you named your own mistake and handed "
            .. "the conversation back to him." },
      },
    },

    cold = {
      say = "Look, send me something if you have to. I'll pass it to Winifred.",
      choices = {
        { id = "follow_up",
          text = {
            "Will do. I'll follow up next week.",
            "Will do. When would be a better time next week for me to walk "
              .. "you through it properly?",
          },
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 25 then return "stalled" end
            return "lost"
          end,
          coach = "Passive: accepting the brush-off. A follow-up with nothing new "
            .. "to say usually goes unanswered." },
        { id = "one_thing",
          text = {
            "I will. Before I do: if you could fix one thing about "
              .. "maintenance on your floor, what would it be?",
            "I will. Just tell me the one thing on your floor you'd fix "
              .. "tomorrow, and I'll send you something about that and nothing "
              .. "else.",
            "I will. One question first: what's the one thing you'd fix "
              .. "tomorrow?",
          },
          once = true,
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reveal = { "pain" },
          reply = function(s)
            if s.patience >= 20 then
              return "He pauses. 'The downtime on the press line,' he says. 'Call "
                .. "me after the quarter.'"
            end
            return "'The clock,' he says. 'I'm out of time.'"
          end,
          next = function(s)
            if s.patience >= 20 then return "stalled" end
            return "lost"
          end,
          coach = "Active listening, a late open question: it salvages a reason "
            .. "to call back, but not this conversation." },
        { id = "two_minutes",
          text = {
            "Just give me two more minutes. I promise it's worth it.",
            "Could you give me just two more minutes before you go? I promise "
              .. "it'll be worth your while, and then I'll send you whatever you "
              .. "like.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          next = "lost_door",
          coach = "Transactional pushing at its worst: talking over a clear no. "
            .. "He ends the call." },
      },
    },
  },

  endings = {
    won_plant = {
      say = "Hollis spends two weeks trying to break Floorwise on press line two "
        .. "and ends up showing the night shift how to use it. Cyrus takes his own "
        .. "numbers to Winifred, and Brennan signs a three-year agreement for all "
        .. "three lines on the October capital request, starting with line two.",
      outcome = { result = "won", deal_value = 186000, days_to_close = 40 },
    },
    won_line = {
      say = "Cyrus signs a one-year contract for press line two. It takes two "
        .. "months, three more calls and a sign-off from Winifred, and he wants to "
        .. "see how it goes before talking about the rest of the plant.",
      outcome = { result = "won", deal_value = 42000, days_to_close = 75 },
    },
    stalled = {
      say = "Cyrus says he'll think about it. Your follow-ups get short replies, "
        .. "then none. Ezequiel retires in March, and the whiteboard stays.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Cyrus's email is two lines: thanks, but they're holding off on "
        .. "software for now. A year later you hear they signed with someone else.",
      outcome = { result = "lost" },
    },
    lost_door = {
      say = "'We're done here,' Cyrus says, and the line goes quiet. He doesn't "
        .. "take your next call.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test scenarios/burned-before.lua`.
  tests = {
    { name = "acknowledging the past, reframing his doubt and answering straight wins the whole plant",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "reframe_rollout",
               "pin_down", "honest_yes", "ask_ray", "ray_picks", "ask_carla",
               "build_case", "summarize", "payoff_q", "propose_line" },
      ending = "won_plant", min = { overall = 90, trust = 95 },
      max = { transactional_pushing = 0 },
      facts = { "failure", "personal", "pain", "impact", "criteria", "champion",
                "decision" } },
    { name = "trashing the old vendor and pushing gets you hung up on",
      path = { "guess_vendor", "case_study", "two_minutes" },
      ending = "lost_door", max = { overall = 10 } },
    { name = "promising 'this time is different' once costs the plant-wide deal",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "promise_different",
               "back_off", "narrow_q", "ask_ray", "ray_picks", "ask_carla",
               "build_case", "summarize", "payoff_q", "propose_line" },
      ending = "won_line" },
    { name = "offering to go around him to his VP costs the plant-wide deal",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "reframe_rollout",
               "pin_down", "honest_yes", "ask_ray", "ray_picks", "ask_carla",
               "go_to_carla", "summarize", "payoff_q", "propose_line" },
      ending = "won_line" },
    { name = "answering his hard question with a statistic costs the plant-wide deal",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "reframe_rollout",
               "pin_down", "adoption_stat", "ask_ray", "ray_picks", "ask_carla",
               "build_case", "summarize", "payoff_q", "propose_line" },
      ending = "won_line" },
    { name = "the right plan with a remote set-up repeats the last failure",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "reframe_rollout",
               "pin_down", "honest_yes", "ask_ray", "ray_picks", "ask_carla",
               "build_case", "summarize", "payoff_q", "propose_remote" },
      ending = "won_line" },
    { name = "a kind call that never sizes the problem wins one line, slowly",
      path = { "sorry_hear", "feel_bad", "thats_rough", "move_on", "where_hurts",
               "luis_worry", "ask_different", "narrow_q", "ask_ray", "ray_respect",
               "ask_carla", "deck_for_carla", "wrap_up" },
      ending = "won_line", max = { relationship_quality = 70 } },
    { name = "asking what it cost him too early meets a closed door",
      path = { "sorry_hear", "feel_bad", "thats_rough", "ask_you" },
      offered = { "respect_line" }, not_offered = { "honor_risk" } },
    { name = "the summary stays locked until the cost of downtime is known",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "luis_worry", "skeptical_too" },
      offered = { "ask_criteria", "ask_ray" }, not_offered = { "summarize" } },
  },
}
