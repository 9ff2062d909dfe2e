-- burned-before.lua: a plant manager whose last maintenance-software
-- rollout failed, and cost him a promotion.
--
-- Frank Delgado only took the call because his VP forwarded the email.  The
-- trainee has to acknowledge what happened last time without running down
-- the old vendor, let him tell the story, find out what went wrong and what
-- a different rollout would have to look like, and only then propose
-- anything.  The trusted-advisor path wins a plant-wide deal quickly; a
-- kind but unfocused path wins one press line, slowly; pushing, promising
-- and trashing the competitor stall or lose.
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
  if s.trust >= 80 and s.patience >= 55
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
  version = "1.0",
  minutes = 13,
  currency = "USD",
  brief = "Frank Delgado manages Brennan Stamping's plant in Toledo, Ohio: 320 "
    .. "people, three press lines, steel parts for auto seat makers. His VP "
    .. "forwarded him your email about Floorwise, a maintenance app that "
    .. "technicians use on their phones, and he agreed to a call. Word is the "
    .. "plant tried maintenance software once before. Find out what went wrong "
    .. "last time, what it cost him, what a different rollout would have to "
    .. "look like and who else decides, before you pitch anything.",
  prospect = {
    name = "Frank Delgado",
    role = "Plant Manager",
    company = "Brennan Stamping",
    persona = "Blunt, dry and guarded, thirty years in stamping plants. He "
      .. "sponsored a maintenance-software rollout that failed two years ago "
      .. "and paid for it with his reputation. He can smell a sales line, and "
      .. "he respects people who listen and tell him the truth.",
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
    personal = "Frank sponsored that rollout. When it failed, the regional "
      .. "operations job he was up for went to someone else, and his VP still "
      .. "calls it 'Frank's whiteboard project.'",
    pain = "About nine hours a month of unplanned downtime on the big press "
      .. "line, mostly failures a PM should have caught; the PM schedule lives "
      .. "on a whiteboard and in the head of Luis, a planner who retires in "
      .. "March.",
    impact = "An hour down on the press line costs about $8,000 in lost output "
      .. "and overtime (roughly $860K a year), and their biggest customer sent "
      .. "a late-delivery warning last quarter.",
    criteria = "Different would mean: techs enter work orders at the machine on "
      .. "their phones, someone from the vendor on the floor the week of "
      .. "go-live, one press line first, and a way out at ninety days.",
    champion = "Ray Tillman, the lead tech of 26 years, talked the crew back to "
      .. "the whiteboard last time; if Ray says a tool is worth using, the crew "
      .. "uses it.",
    decision = "Carla Jensen, VP of Operations, holds the budget; Frank will "
      .. "only bring her a case built on his own plant's numbers, and capital "
      .. "requests are due October 15.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: acknowledge the past before anything else.
    ----------------------------------------------------------------------
    opening = {
      say = "Frank Delgado. I'll be straight with you: I'm on this call because "
        .. "Carla, my VP, forwarded your email. We've been down the "
        .. "maintenance-software road before, and it didn't end well.",
      choices = {
        { id = "sorry_hear",
          text = "I'm sorry to hear that. A rollout that goes sideways is rough on "
            .. "everybody.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Rougher on some than others,' he says.",
          next = "story",
          coach = "Empathy, responding stage: kind, and it takes the edge off, "
            .. "but you asked nothing, so he decides how much to tell you." },
        { id = "guess_vendor",
          text = "Let me guess: PlantSuite? Half our customers came to us after "
            .. "PlantSuite.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'It was PlantSuite,' he says. 'And I'm the guy who picked them.'",
          next = "defensive",
          coach = "Trashing the competitor, a form of transactional pushing: he "
            .. "chose that vendor, so running them down tells him his judgment "
            .. "was bad." },
        { id = "invite_story",
          text = "Thanks for being straight with me. Before I say a word about us, "
            .. "would you tell me what happened last time?",
          skills = { empathy = 2, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reply = "He seems to weigh you for a second. 'You really want to hear it?'",
          next = "story",
          coach = "Empathy, then an open question: you acknowledged his history "
            .. "before your product and invited the story that shapes every "
            .. "decision he'll make." },
        { id = "not_like_them",
          text = "I hear that a lot, and I can promise you we're nothing like your "
            .. "last vendor.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'You don't even know who my last vendor was,' he says.",
          next = "defensive",
          coach = "Transactional pushing: a promise made before you know what went "
            .. "wrong. To him it's the same line the last vendor used." },
      },
    },

    story = {
      say = function(s)
        if s.trust >= 30 then
          return "Two years ago we bought PlantSuite. Ninety grand and most of a "
            .. "year, and today my guys are back on the whiteboard. Carla hasn't "
            .. "forgotten."
        end
        return "We bought a system. It didn't work. My guys went back to the "
          .. "whiteboard. That's the short version."
      end,
      choices = {
        { id = "pitch_mobile",
          text = "That's exactly why we built Floorwise for phones, not desktops. "
            .. "Techs actually use it.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'Funny,' he says. 'They said their techs loved it too.'",
          next = "defensive",
          coach = "Transactional pushing: you answered his history with a feature, "
            .. "and assumed you already know what went wrong." },
        { id = "ask_what_broke",
          text = "What went wrong, from where you sat?",
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "failure" },
          next = "what_broke",
          coach = "A SPIN problem question about the past: you asked for his view "
            .. "of what broke, which tells you what 'different' will have to "
            .. "mean." },
        { id = "skip_ahead",
          text = "Got it. So how are you running maintenance today?",
          skills = { listening = 1, problem_solving = 1 },
          next = "today",
          coach = "A SPIN situation question, but a sensing miss: he just handed "
            .. "you the story behind his doubt, and you moved past it." },
        { id = "feel_bad",
          text = "A year of work and back to the whiteboard. That must have been "
            .. "hard to watch.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reveal = { "failure" },
          reply = "'It was,' he says. 'Here's how it went.'",
          next = "what_broke",
          coach = "Empathy, responding stage: he feels heard and keeps going, "
            .. "though you left it to him what to tell you." },
      },
    },

    what_broke = {
      say = "Their people set it up from Chicago and never came to the floor. Work "
        .. "orders had to be typed at a desktop in the maintenance office, the PM "
        .. "schedules came over wrong, and Ray, my lead tech, told the crew it was "
        .. "a waste of time. Three months in, the whiteboard was back.",
      choices = {
        { id = "thats_rough",
          text = "That's a rough year. I'm sorry you went through it.",
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "He shrugs. 'It happens.'",
          next = "cost_to_him",
          coach = "Empathy without processing: sincere, but you didn't play back "
            .. "what went wrong, so he can't tell whether you understood it." },
        { id = "cant_happen",
          text = "That can't happen with us. Floorwise runs on the techs' phones, "
            .. "right at the machine.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'Can't happen,' he repeats. 'I've heard that one.'",
          next = "defensive",
          coach = "Transactional pushing: a feature offered as a guarantee. He "
            .. "has heard 'that can't happen' before." },
        { id = "reflect_floor",
          text = "So it was set up around the office, and the people who had to "
            .. "use it every day were never really asked. Is that fair?",
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = function(s)
            if s.trust >= 45 then
              return "'That's exactly it,' he says. 'Nobody asked Ray a thing.'"
            end
            return "'More or less,' he says."
          end,
          next = "cost_to_him",
          coach = "Active listening, processing stage: you summed up the root "
            .. "cause in his terms and checked it, without blaming his crew or "
            .. "the vendor." },
        { id = "pile_on",
          text = "Sounds like PlantSuite, all right. Their support is famous for "
            .. "that.",
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
        if s.trust >= 45 then
          return "Carla still calls it 'Frank's whiteboard project.' She means it "
            .. "as a joke. Anyway. Water under the bridge."
        end
        return "Anyway. Water under the bridge."
      end,
      choices = {
        { id = "ask_you",
          text = "It doesn't sound like it's under the bridge. What did it cost "
            .. "you?",
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
        { id = "bright_side",
          text = "The good news is the technology has come a long way in two "
            .. "years.",
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'So I keep hearing,' he says.",
          next = "today",
          coach = "Minimizing his experience to get to the product, a mild form "
            .. "of pushing: it says his problem was old software, not a rollout "
            .. "nobody owned." },
        { id = "move_on",
          text = "Fair enough. How are you running maintenance today?",
          skills = { listening = 1, problem_solving = 1 },
          next = "today",
          coach = "A SPIN situation question, but you took 'water under the "
            .. "bridge' at face value and missed what the failure cost him." },
      },
    },

    personal_open = {
      say = "I sponsored it. When it fell over, the regional operations job I was "
        .. "up for went to somebody else. So, yes. It cost me.",
      choices = {
        { id = "win_it_back",
          text = "Then let's make this the project that wins it back for you.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reveal = { "personal" },
          reply = "'That's what I told myself last time,' he says.",
          next = "today",
          coach = "Transactional pushing: using his setback as leverage for your "
            .. "sale. He hears that you want him to take the same risk again." },
        { id = "honor_risk",
          text = "Thank you for telling me. Then anything we talk about has to be "
            .. "something you could take to Carla without putting yourself on "
            .. "the line twice.",
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "personal" },
          reply = "'Now that,' he says, 'would be different.'",
          next = "today",
          coach = "Empathy that solves a problem: you named his real risk and "
            .. "made protecting it a condition of any deal. His wound becomes a "
            .. "buying criterion." },
        { id = "not_your_fault",
          text = "I'm sure it wasn't all on you.",
          skills = { empathy = 2 },
          reveal = { "personal" },
          reply = "'Carla didn't see it that way,' he says.",
          next = "today",
          coach = "Reassurance without understanding: kind, but you can't know "
            .. "that, and it says nothing about what he needs next time." },
      },
    },

    personal_closed = {
      say = "That's between me and Carla.",
      choices = {
        { id = "respect_line",
          text = "Understood, I won't push. Can I ask how maintenance runs on the "
            .. "floor today?",
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 5 },
          next = "today",
          coach = "Empathy, respecting a boundary: he wasn't ready to tell you, "
            .. "and backing off keeps the trust you have. Earlier trust would "
            .. "have opened this door." },
        { id = "press_him",
          text = "Come on, it must have stung a little.",
          skills = { pushing = 1 },
          state = { trust = -5, patience = -10 },
          reply = "He doesn't answer that.",
          next = "today",
          coach = "Pushing past a boundary: curiosity turned into pressure, and "
            .. "he closes up a little more." },
      },
    },

    ----------------------------------------------------------------------
    -- Today's problem and what it costs.
    ----------------------------------------------------------------------
    today = {
      say = function(s)
        if s.trust >= 50 then
          return "Honestly? PMs are on a whiteboard in the shop. Luis, our "
            .. "planner, keeps the rest in a spreadsheet and in his head. "
            .. "Breakdowns get called in on the radio."
        end
        return "Whiteboard, a spreadsheet, radios. It works."
      end,
      choices = {
        { id = "where_hurts",
          text = "Where does that setup let you down most?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "pain" },
          next = "pain",
          coach = "A SPIN problem question: you asked where his process fails, so "
            .. "he tells you what it costs him instead of defending it." },
        { id = "whiteboard_fine",
          text = "If the whiteboard works, that's worth something. Plenty of plants "
            .. "run that way.",
          skills = { empathy = 1, listening = 1 },
          reply = "'Works is a strong word,' he says.",
          next = "pain",
          coach = "Agreeable, not curious: you validated his setup but asked "
            .. "nothing, so he has to volunteer the problem himself." },
        { id = "app_replaces",
          text = "Floorwise replaces all three: whiteboard, spreadsheet and radio. "
            .. "Can I show you?",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          reply = "'There it is,' he says.",
          next = "defensive",
          coach = "Transactional pushing: he described how his plant runs and you "
            .. "answered with a demo. You still don't know what's wrong with it." },
      },
    },

    pain = {
      say = function(s)
        if s.facts.pain then
          return "Nine hours a month of unplanned downtime on the big press line, "
            .. "give or take, and most of it is stuff a PM should have caught. And "
            .. "Luis, our planner, retires in March. When he goes, half the schedule "
            .. "goes with him."
        end
        return "Some months are fine. Some months the press line goes down and we "
          .. "scramble."
      end,
      choices = {
        { id = "cost_hour",
          text = "When that press line is down, what does an hour cost you?",
          requires = { "pain" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "impact" },
          reply = "He does the math out loud. 'More than I like saying.'",
          next = "turning_point",
          coach = "A SPIN implication question: you turned 'some downtime' into "
            .. "a number he can take to his VP." },
        { id = "luis_worry",
          text = "Losing Luis in March sounds like a real worry. How are you "
            .. "feeling about it?",
          requires = { "pain" },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Like I'm losing my memory,' he says.",
          next = "turning_point",
          coach = "Empathy for the person, but no implication question: you "
            .. "never asked what the downtime costs, so it stays a worry, not a "
            .. "business case." },
        { id = "bad_months",
          text = "What happens in the bad months?",
          when = function(s) return not s.facts.pain end,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "pain" },
          next = "pain",
          coach = "Active listening, sensing stage: you caught 'some months' and "
            .. "asked about it, which gets him to the real problem." },
        { id = "under_control",
          text = "Sounds like you've got it mostly under control, then.",
          when = function(s) return not s.facts.pain end,
          skills = { empathy = 1 },
          next = "turning_point",
          coach = "Taking the surface answer: agreeable, but it lets him skip the "
            .. "problem you needed to hear about." },
        { id = "fix_that",
          text = "Our PM scheduling would catch those failures before they happen.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -10 },
          next = "pushback",
          coach = "Transactional pushing: you claimed the fix before sizing the "
            .. "problem, so it sounds like every other vendor." },
      },
    },

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
        { id = "ask_different",
          text = "That's fair, after last time. What would a rollout have to look "
            .. "like for you to believe this one is different?",
          skills = { empathy = 2, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 60 then return "He takes his time before answering." end
            return "He snorts."
          end,
          next = route_different,
          coach = "Empathy turned into decision criteria (the D in MEDDIC): you "
            .. "accepted his doubt as reasonable and asked him to define "
            .. "'different.' How much he tells you depends on the trust you've "
            .. "earned." },
        { id = "skeptical_too",
          text = "After what you've been through, I'd be skeptical too.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Good,' he says. 'Then we understand each other.'",
          next = "hub",
          coach = "Empathy without a next step: he feels understood, but you "
            .. "didn't ask what would change his mind." },
        { id = "promise_different",
          text = "I get it. But this time really is different: forty plants live, "
            .. "and a dedicated rollout team.",
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
        { id = "agree_all",
          text = "We can do all of that. Absolutely.",
          skills = { pushing = 1 },
          state = { trust = -5 },
          reveal = { "criteria" },
          reply = "'Everybody can do everything on the phone,' he says.",
          next = "hub",
          coach = "Agreeing too fast, a quiet form of pushing: you said yes before "
            .. "asking what success would look like, which sounds like the last "
            .. "vendor." },
        { id = "pin_down",
          text = "That's clear, thank you. If we met all four on one line, what "
            .. "would you need to see at ninety days to call it a success?",
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "criteria" },
          reply = "'Downtime cut in half, and Ray still using it,' he says. 'That's "
            .. "the test.'",
          next = "hub",
          coach = "Active listening and problem-solving: you took his four "
            .. "conditions and asked for a measurable success test, which is what "
            .. "he'll need to take to Carla." },
        { id = "thank_clear",
          text = "I really appreciate you spelling that out.",
          skills = { empathy = 2, listening = 1 },
          reveal = { "criteria" },
          next = "hub",
          coach = "Gracious, and he did give you his criteria, but you didn't test "
            .. "them or ask how he'd measure success." },
      },
    },

    different_guarded = {
      say = "Different? Just don't waste my guys' time. That's all I've got.",
      choices = {
        { id = "narrow_q",
          text = "Fair. Something narrower, then: if it were up to your techs, "
            .. "where would they enter a work order?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "criteria" },
          reply = "'At the machine, on their phones,' he says. 'One line at a time, "
            .. "with somebody from your side on the floor. And a way out.'",
          next = "hub",
          coach = "A sharper SPIN situation question: when he wouldn't answer the "
            .. "big question, a concrete one got you his criteria anyway." },
        { id = "accept_it",
          text = "Understood. I won't waste their time.",
          skills = { empathy = 1 },
          next = "hub",
          coach = "Accepting the brush-off: polite, but you still don't know what "
            .. "'different' would mean to him." },
        { id = "push_demo",
          text = "The best way to show you is a demo with your techs next week.",
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
        { id = "ask_criteria",
          text = "Can I ask: what would a rollout have to look like for you to "
            .. "believe this one is different?",
          once = true,
          when = function(s) return not s.facts.criteria end,
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          next = route_different,
          coach = "Decision criteria (MEDDIC), asked late but in time: without "
            .. "his definition of 'different', any proposal is a guess." },
        { id = "ask_ray",
          text = function(s)
            if s.facts.failure then
              return "You said Ray talked the crew out of the last system. What "
                .. "would it take for Ray to back one?"
            end
            return "Who on the floor would have to believe in a new system for "
              .. "the crew to use it?"
          end,
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "champion" },
          next = "ray_talk",
          coach = "MEDDIC, champion: you looked for the person whose word the "
            .. "crew follows, the one who sank the last rollout." },
        { id = "ask_carla",
          text = "When you take something like this to Carla, what does she need "
            .. "to see, and by when?",
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
            parts[#parts + 1] = "a schedule that retires with Luis in March"
            parts[#parts + 1] = "a rollout that has to start on the floor, not in "
              .. "an office"
            return "Let me check I have this right. You've got " .. join(parts)
              .. ". Is that fair?"
          end,
          requires = { "pain", "impact", "criteria" },
          unavailable = "You don't yet know what the downtime costs him, or what "
            .. "'different' would mean to him.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied his downtime, its "
            .. "cost and his conditions into one summary and checked it with him." },
        { id = "wrap_up",
          text = "I've taken plenty of your time. Can I put a proposal together "
            .. "for you and Carla?",
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
      say = "Ray's been here twenty-six years. He thinks software is how the office "
        .. "spies on the shop. But if Ray says a tool is worth using, the crew uses "
        .. "it. Simple as that.",
      choices = {
        { id = "ray_respect",
          text = "Twenty-six years. He's earned his opinions.",
          skills = { empathy = 2 },
          reply = "'He has,' Frank says.",
          next = "hub",
          coach = "Empathy for Ray, but no plan: you respected him without "
            .. "finding a way to give him a say." },
        { id = "ray_picks",
          text = "Then Ray should help choose it, not have it handed to him. Would "
            .. "he try it on the press line and tell us what's wrong with it?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "Frank laughs for the first time. 'Ray would love telling you "
            .. "what's wrong with it.'",
          next = "hub",
          coach = "Problem-solving with empathy: you turned the man who sank the "
            .. "last rollout into its champion (the C in MEDDIC) by giving him a "
            .. "real say." },
        { id = "train_ray",
          text = "We'd make sure Ray is fully trained before go-live. Our training "
            .. "program is excellent.",
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'They trained him last time too,' Frank says.",
          next = "hub",
          coach = "Telling instead of involving: training Ray treats him as a "
            .. "user to manage, the same mistake the last rollout made." },
      },
    },

    carla_talk = {
      say = "Carla holds the budget. After last time, I won't bring her anything "
        .. "that isn't built on my own plant's numbers. Capital requests for next "
        .. "year are due October fifteenth.",
      choices = {
        { id = "go_to_carla",
          text = "Would it be easier if I went straight to Carla? I'm happy to "
            .. "present to her.",
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
                .. "eight thousand an hour, the customer warning. Would it help if "
                .. "I drafted it and you tore it apart?"
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
          text = "I'll send you a deck you can forward to her.",
          skills = { pushing = 1 },
          reply = "'She's seen decks,' he says.",
          next = "hub",
          coach = "Passive: a vendor deck is what Carla saw last time. It gives "
            .. "Frank nothing of his own to stand behind." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in his words, then a next step built on his conditions.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.trust >= 75 then
          return "That's it. You've actually been listening."
        end
        return "More or less."
      end,
      choices = {
        { id = "thanks_open",
          text = "Thank you for being so open with me today.",
          skills = { empathy = 2, listening = 1 },
          reply = "'Don't make me regret it,' he says. 'So what now?'",
          next = "propose",
          coach = "Sincere empathy, but no need-payoff question: he never says "
            .. "out loud what fixing this would be worth to him." },
        { id = "payoff_q",
          text = "If the press line ran without those surprise stops, and the "
            .. "schedule didn't walk out the door with Luis, what would that "
            .. "change for you?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'I'd stop apologizing to that customer,' he says. 'And I'd have "
            .. "something to show Carla that isn't a whiteboard.'",
          next = "propose",
          coach = "A SPIN need-payoff question: he describes the value in his own "
            .. "words, which persuades him more than any number you could quote." },
        { id = "send_contract",
          text = "Great, then let's get the paperwork started.",
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
        { id = "whole_plant",
          text = "Let's do all three lines at once. It's cheaper per seat, and "
            .. "you'll see results faster.",
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
            local ray = s.facts.champion and ", with Ray picking the first machines"
              or ""
            return "Start with one press line for ninety days" .. ray .. ". Someone "
              .. "from our team on your floor the week you go live, and if it "
              .. "isn't working at ninety days, you walk away."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_line,
          coach = "Problem-solving, the trusted-advisor close: a next step built "
            .. "from his own conditions, the people who matter and a safe way "
            .. "out, so saying yes doesn't put him on the line twice." },
        { id = "his_call",
          text = "What would you like the next step to be?",
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 60 and s.facts.criteria then return "won_line" end
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "Listening, but passive: handing the next step back to a wary "
            .. "buyer leaves your deal to his calendar." },
        { id = "send_deck",
          text = "I'll send over a proposal and a couple of case studies.",
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
          text = "Honestly, the numbers speak for themselves. Can I walk you "
            .. "through a case study from a plant like yours?",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = "He doesn't stop you. He just stops listening.",
          next = "cold",
          coach = "Transactional pushing: you talked over his objection instead "
            .. "of hearing it. More pitch is the opposite of what he asked for." },
        { id = "send_info",
          text = "Understood. Why don't I send you some information to look at "
            .. "when you have time?",
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Passive: backing away with a brochure. You learned nothing, "
            .. "so you have nothing to send that he'll read." },
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
        { id = "insist",
          text = "I hear you, but our results speak for themselves. Let me send you "
            .. "three case studies.",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          next = "cold",
          coach = "Transactional pushing: you answered his doubt with more "
            .. "claims, the one thing he told you doesn't work on him." },
        { id = "discount_offer",
          text = "What if I took fifteen percent off, to make up for your last "
            .. "experience?",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -10 },
          reply = "'My problem wasn't the price,' he says.",
          next = "cold",
          coach = "Discounting to buy trust: transactional pushing. His problem "
            .. "was a rollout nobody owned, and money doesn't fix that." },
      },
    },

    cold = {
      say = "Look, send me something if you have to. I'll pass it to Carla.",
      choices = {
        { id = "one_thing",
          text = "I will. Before I do: if you could fix one thing about "
            .. "maintenance on your floor, what would it be?",
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
        { id = "follow_up",
          text = "Will do. I'll follow up next week.",
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 25 then return "stalled" end
            return "lost"
          end,
          coach = "Passive: accepting the brush-off. A follow-up with nothing new "
            .. "to say usually goes unanswered." },
        { id = "two_minutes",
          text = "Just give me two more minutes. I promise it's worth it.",
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
      say = "Ray spends two weeks trying to break Floorwise on press line two and "
        .. "ends up showing the night shift how to use it. Frank takes his own "
        .. "numbers to Carla, and Brennan signs a three-year agreement for all "
        .. "three lines on the October capital request, starting with line two.",
      outcome = { result = "won", deal_value = 186000, days_to_close = 40 },
    },
    won_line = {
      say = "Frank signs a one-year contract for press line two. It takes two "
        .. "months, three more calls and a sign-off from Carla, and he wants to "
        .. "see how it goes before talking about the rest of the plant.",
      outcome = { result = "won", deal_value = 42000, days_to_close = 75 },
    },
    stalled = {
      say = "Frank says he'll think about it. Your follow-ups get short replies, "
        .. "then none. Luis retires in March, and the whiteboard stays.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Frank's email is two lines: thanks, but they're holding off on "
        .. "software for now. A year later you hear they signed with someone else.",
      outcome = { result = "lost" },
    },
    lost_door = {
      say = "'We're done here,' Frank says, and the line goes quiet. He doesn't "
        .. "take your next call.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test scenarios/burned-before.lua`.
  tests = {
    { name = "acknowledging the past and asking first wins the whole plant",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "ask_different",
               "pin_down", "ask_ray", "ray_picks", "ask_carla", "build_case",
               "summarize", "payoff_q", "propose_line" },
      ending = "won_plant", min = { overall = 90, trust = 80 },
      max = { transactional_pushing = 0 },
      facts = { "failure", "personal", "pain", "impact", "criteria", "champion",
                "decision" } },
    { name = "trashing the old vendor and pushing gets you hung up on",
      path = { "guess_vendor", "case_study", "two_minutes" },
      ending = "lost_door", max = { overall = 10 } },
    { name = "promising 'this time is different' once costs the plant-wide deal",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "promise_different",
               "back_off", "pin_down", "ask_ray", "ray_picks", "ask_carla",
               "build_case", "summarize", "payoff_q", "propose_line" },
      ending = "won_line" },
    { name = "offering to go around him to his VP costs the plant-wide deal",
      path = { "invite_story", "ask_what_broke", "reflect_floor", "ask_you",
               "honor_risk", "where_hurts", "cost_hour", "ask_different",
               "pin_down", "ask_ray", "ray_picks", "ask_carla", "go_to_carla",
               "summarize", "payoff_q", "propose_line" },
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
