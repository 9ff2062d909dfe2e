-- rambling-founder.lua: a founder who buries the facts in his stories.
--
-- Lorcan Ferreira runs Bendwell, a virtual physical-therapy startup that has
-- grown from three states to fourteen in a year.  He is generous, funny and
-- impossible to keep on one subject: every important fact comes out in
-- passing, in the middle of a story about something else.  The trainee has
-- to remember what he said, tie it together and play it back accurately.
-- Later choices need facts he mentioned earlier, and a recall that gets a
-- detail wrong (a number, a month, a name) costs trust: to a founder, it
-- proves you weren't listening.  Following his tangents is pleasant and
-- eats the call.
--
-- How the options are written (issue 14): nearly every decision has a
-- polished option that recalls the wrong fact (Henrike for Ximena, New
-- Jersey for New York, four states for three), and the right move is not
-- always a question: when Lorcan asks for a straight answer the best reply
-- is a plain yes that names the product and its limit (Challenger: take
-- control with candour), and the best close is a concrete proof on his own
-- January payroll, stated as a plan rather than asked as a question.  Empathy offered when he wants an answer, and a
-- need-payoff question asked before the problem is understood (SPIN: it
-- comes after implication, not before), are wrong here.  Active listening
-- in Drollinger's sense (sensing, processing, responding) is what is scored:
-- the processing stage fails loudly when a detail is wrong.
--
-- Hidden meter: trust (whether Lorcan believes you actually get his
-- company).

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- "a", "a; and b", "a; b; and c": his facts have commas of their own.
local function join(list)
  if #list == 1 then return list[1] end
  return table.concat(list, "; ", 1, #list - 1) .. "; and " .. list[#list]
end

-- The trusted-advisor close: the deal follows trust and what was learned.
local function close_on_rerun(s)
  if s.trust >= 90 and known(s, "payroll_error", "spreadsheet", "board", "cfo") then
    return "won_company"
  elseif s.trust >= 65 and known(s, "payroll_error", "spreadsheet") then
    return "won_payroll"
  elseif s.trust >= 45 and s.facts.growth then
    return "won_states"
  elseif s.trust >= 30 then
    return "stalled"
  end
  return "lost"
end

-- Out of time: what a hurried ending is worth.
local function hurried(s)
  if s.trust >= 55 and s.facts.payroll_error then return "won_states" end
  if s.trust >= 30 then return "stalled" end
  return "lost"
end

-- A deck or proposal with nothing behind it.
local function deck_only(s)
  if s.trust >= 25 then return "stalled" end
  return "lost"
end

-- After a detour, the call moves on: to his big month the first time, to
-- "what else?" after that.
local function onward(s)
  if s.visits.big_month > 0 then return "hub" end
  return "big_month"
end

-- From January to Ximena's spreadsheet, unless the story came up late.
local function to_aisha(s)
  if s.visits.big_month > 0 then return "hub" end
  return "aisha"
end

-- A push for the whole company on the strength of the story alone.
local function rushed(s)
  if s.trust >= 75 and s.facts.payroll_error then return "won_states" end
  return "stalled"
end

return scenario {
  id = "rambling-founder",
  title = "A founder who buries the facts in his stories",
  module = "listening",
  difficulty = "intermediate",
  version = "2.0",
  minutes = 12,
  currency = "USD",
  brief = "Lorcan Ferreira is co-founder and CEO of Bendwell, a virtual "
    .. "physical-therapy company in Denver with about 140 employees. His "
    .. "co-founder asked him to take your call. You sell Crewline, payroll and "
    .. "multi-state compliance software for growing companies. Lorcan talks "
    .. "in long tangents and drops what matters in passing. Keep track of what "
    .. "he tells you, play it back accurately, and find out what is really "
    .. "wrong, why it matters now, and who decides.",
  prospect = {
    name = "Lorcan Ferreira",
    role = "Co-founder and CEO",
    company = "Bendwell",
    persona = "A former physical therapist turned founder: warm, funny, "
      .. "restless and proud of his company. He thinks out loud, jumps between "
      .. "stories and mentions the important things as asides. He notices "
      .. "instantly when someone gets his company wrong, and he hates being "
      .. "answered with a question when he asked for a straight answer.",
  },

  state = {
    trust = { start = 35, min = 0, max = 100 },
  },

  facts = {
    growth = "Bendwell has therapists licensed in fourteen states, up from "
      .. "three a year ago, and plans to hire sixty more by summer.",
    payroll_error = "In January, thirty-eight therapists were underpaid for "
      .. "their holiday visits. Ondine Baptiste, the clinical director, spent "
      .. "two weeks fighting to get them paid, then resigned in February.",
    spreadsheet = "Ximena Grau, head of people, moves every visit from the "
      .. "scheduling system into a spreadsheet and keys it into payroll by "
      .. "hand: two days every pay period. She has asked for help since last "
      .. "summer.",
    penalty = "New York fined Bendwell $22,000 for registering as an employer "
      .. "late, and two other states have sent notices.",
    board = "The board meets on the fourteenth. Philomena Lund, the lead "
      .. "investor, heard why Ondine left and wants to see payroll fixed "
      .. "before she backs the Series B extension.",
    cfo = "Henrike Sato starts as CFO on Monday. Lorcan promised her she owns "
      .. "every finance system, so she will choose the payroll vendor.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: he is walking his dog and already talking.
    ----------------------------------------------------------------------
    opening = {
      say = "Hey! Sorry, I'm walking Tuppence, hang on, Tuppence, no, okay, so "
        .. "Sunniva, my co-founder, said I had to take this call, and Sunniva is "
        .. "usually right, which is annoying. Where do you want to start?",
      choices = {
        { id = "overview",
          text = { "Let me give you a quick overview of Crewline, and you stop "
              .. "me when something sounds relevant.",
            "So you're not stuck listening to me for long, I'll run through "
              .. "the two-minute version of what we do, and you tell me what "
              .. "fits." },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure, go,' he says. You can hear him checking his phone.",
          next = "pitched",
          coach = "Transactional pushing: a monologue before a single "
            .. "question. He loves to talk; you just took that away." },
        { id = "juniper",
          text = { "Tuppence! What kind of dog is she?",
            "A call on a dog walk, I love it. Where did you find Tuppence?" },
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'A disaster. A lovely disaster. She's a rescue,' he says.",
          next = "dog_ramble",
          coach = "Rapport, but you handed a rambler a brand-new tangent "
            .. "in the first ten seconds." },
        { id = "why_priya",
          text = { "Keep walking, I don't mind the dog. What made Sunniva say "
              .. "you had to take this call?",
            "Walk, I'll keep up. I'd rather start with why Sunniva put me on "
              .. "your calendar than with anything of mine.",
            "Start with Sunniva. Why this call?" },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = "'Ha. Okay, so, that's a long story,' he says, and it is.",
          next = "growth_ramble",
          coach = "An open invitation that hands him the floor: SPIN "
            .. "situation. With a talker, the first job is to let him talk "
            .. "and start listening for what matters." },
        { id = "bad_time",
          text = { "It sounds like you've got your hands full. Would you rather "
              .. "we found a quieter time for this?",
            "You're mid-walk and Sunniva volunteered you. Should we do "
              .. "this another day, when you're at your desk?",
            "Another day, maybe?" },
          skills = {},
          reply = "'No, no, now's good, I walk and talk. Tuppence, no! Sorry. "
            .. "She's a rescue,' he says, a little thrown, and tells you about "
            .. "the dog.",
          next = "dog_ramble",
          coach = "Considerate in form, wrong for this man: he had just asked "
            .. "where you wanted to start. Offering to leave reads as nerves, "
            .. "and a founder who loves to talk wanted a question." },
        { id = "demo_ask",
          text = { "The best way to see it is a demo. Could we get your team on "
              .. "a call next week?",
            "Would it be easier on your walk if I just held a slot next week "
              .. "for your team to see it properly?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Uh, maybe? What would I be looking at?'",
          next = "pitched",
          coach = "Transactional pushing, politely dressed: asking for more "
            .. "of his time before you've used any of this call to learn "
            .. "something." },
      },
    },

    growth_ramble = {
      say = "Sunniva thinks our payroll is held together with tape, which, "
        .. "okay. Back up: we started in my garage in Boulder, three PTs and a "
        .. "webcam, and now we're a hundred forty people, ninety of them "
        .. "therapists, licensed in fourteen states, when a year ago it was "
        .. "three, and we're hiring sixty more by summer. My old rowing coach "
        .. "used to say growth is just controlled falling, which is also true "
        .. "of rowing, actually.",
      choices = {
        { id = "wrong_growth",
          text = { "Four states to fourteen in a year, and sixty more therapists "
              .. "by spring. How is payroll keeping up with all that?",
            "So you've gone from four states to fourteen and you're "
              .. "hiring sixty by the fall. What has that growth done to your "
              .. "payroll?",
            "Four states to fourteen?" },
          skills = {},
          state = { trust = -10 },
          reveal = { "growth" },
          reply = "'Three,' he says. 'Three states. And summer.' He sounds "
            .. "like a man who gets corrected facts from vendors a lot.",
          next = "people_ramble",
          coach = "Processing failed: a good question built on the wrong "
            .. "numbers. He said three states and summer; getting either "
            .. "wrong tells a founder you weren't listening." },
        { id = "fourteen_states",
          text = { "Fourteen states, up from three, and sixty more therapists "
              .. "by summer. What has that done to payroll?",
            "Three states to fourteen in a year, sixty more therapists by "
              .. "summer. That's the part I'd want to understand: what it has "
              .. "done to payroll.",
            "Fourteen states and sixty hires. What's that done to payroll?" },
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "growth" },
          reply = "He stops walking. 'Huh. Yeah. That's actually the question.'",
          next = "people_ramble",
          coach = "Active listening, processing stage: you pulled the two "
            .. "numbers that matter out of a story about a garage and a "
            .. "rowing coach, and tied them to payroll." },
        { id = "tape",
          text = { "Held together with tape how?",
            "Tape, she said. What does the tape look like from where you sit?" },
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = "'Oh, Sunniva's dramatic,' he says. 'But, okay.'",
          next = "people_ramble",
          coach = "A fair SPIN problem question, but it skips the numbers he "
            .. "just gave you; fourteen states is the reason the tape is "
            .. "failing." },
        { id = "rowing",
          text = { "You row? Where do you go out?",
            "Controlled falling, I like that. Is your coach's rowing still "
              .. "part of your week?" },
          skills = { empathy = 1, listening = 1 },
          state = { trust = 5 },
          reply = "'Oh, man,' he says happily. 'Okay, so.'",
          next = "rowing_ramble",
          coach = "Following the tangent: friendly, and he enjoys it, but "
            .. "you chose the rowing over the fourteen states." },
        { id = "all_fifty",
          text = { "Crewline runs payroll in all fifty states, so that part's "
              .. "easy.",
            "Good news, then: fourteen states is nothing for us. We run "
              .. "payroll in all fifty.",
            "We do all fifty states." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Cool,' he says. 'Everybody says that.' He carries on as if "
            .. "you hadn't spoken.",
          next = "people_ramble",
          coach = "Transactional pushing: you answered a number with a "
            .. "feature before you knew what the number is doing to him." },
      },
    },

    ----------------------------------------------------------------------
    -- The real problem, mentioned as an aside.
    ----------------------------------------------------------------------
    people_ramble = {
      say = "Honestly payroll's mostly fine, because Ximena, our head of "
        .. "people, is a hero: therapists get paid per visit, so every two weeks "
        .. "she pulls the visits out of our scheduling system into a "
        .. "spreadsheet. January was rough, holidays, some kind of hiccup, a few "
        .. "folks got shorted, we fixed it, and then Ondine, our clinical "
        .. "director, left in February, which was a gut punch. Oh, and New York "
        .. "sent us some letter, but Ximena's on it.",
      choices = {
        { id = "sorry_nadia",
          text = { "Losing your clinical director must have really hurt.",
            "I'm sorry about Ondine. A clinical director leaving in your "
              .. "busiest year is a real loss." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It did,' he says. 'Anyway, big month coming up.'",
          next = onward,
          coach = "Empathy, responding stage: kind, but you heard the loss "
            .. "without asking why, and he changed the subject." },
        { id = "hiccup",
          text = { "What happened with the January payroll?",
            "Go back to January for me. What was the hiccup?" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "payroll_error" },
          reply = "'Ugh. Okay,' he says.",
          next = "january",
          coach = "A SPIN problem question: you picked the right thread out "
            .. "of the ramble, though not yet what it cost him." },
        { id = "wrong_recap",
          text = { "So the payroll problem was in February, when Ondine left, "
              .. "and Ximena's dealing with a letter from New Jersey?",
            "Let me check I'm following: February's payroll went wrong, "
              .. "Ondine left around then, and there's a letter from New "
              .. "Jersey that Ximena is handling.",
            "February, then, and New Jersey?" },
          skills = {},
          state = { trust = -10 },
          reveal = { "payroll_error" },
          reply = "'January,' he says. 'Ondine left in February. New York. It's "
            .. "fine, I talk fast.' It isn't quite fine.",
          next = "january",
          coach = "Processing failed: you tried to summarize and got the "
            .. "month and the state wrong. A wrong summary is worse than "
            .. "none; it proves you weren't listening." },
        { id = "sync_early",
          text = { "Would it help if Ximena could skip the spreadsheet "
              .. "entirely, with visits flowing straight into payroll?",
            "Your per-visit pay is exactly what Crewline pulls from "
              .. "scheduling systems. Want me to show Ximena how?" },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Maybe,' he says. 'Everybody has a sync.'",
          next = onward,
          coach = "Transactional pushing as a helpful question: a fix for the "
            .. "spreadsheet before you know why January went wrong, or "
            .. "whether it has anything to do with Ondine." },
        { id = "jan_nadia",
          text = { "You mentioned a payroll problem in January, and then "
              .. "Ondine leaving in February. Were those connected?",
            "Hang on. January's payroll went wrong and Ondine left in "
              .. "February. I don't think those are two separate stories.",
            "January's payroll, then Ondine in February. Connected?" },
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "payroll_error" },
          reply = "There's a long pause. 'Yeah,' he says. 'Yeah, they were.'",
          next = "january",
          coach = "Active listening, processing stage: you tied two things "
            .. "he mentioned a sentence apart, and found the story he hadn't "
            .. "told himself yet." },
      },
    },

    january = {
      say = function(s)
        if s.trust >= 55 then
          return "Thirty-eight therapists got shorted on their holiday visits. "
            .. "Ondine spent two weeks fighting to get them paid, and on her way "
            .. "out she told me she was tired of being the only one who noticed. "
            .. "That one stung."
        end
        return "Some per-visit pay came out wrong over the holidays, "
          .. "thirty-eight people. We fixed it. Ondine left after, but people "
          .. "leave startups."
      end,
      choices = {
        { id = "who_notices",
          text = { "She was tired of being the only one who noticed. Who "
              .. "notices now?",
            "'The only one who noticed.' Now that she's gone, someone else "
              .. "is doing the noticing, and I'd like to know who." },
          when = function(s) return s.trust >= 55 end,
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "spreadsheet" },
          reply = "'Ximena,' he says. 'At midnight, in her spreadsheet. God.'",
          next = to_aisha,
          coach = "Active listening, sensing stage: you took Ondine's words "
            .. "seriously and asked who carries the problem now. That's the "
            .. "root cause, and the person who will champion the fix." },
        { id = "wrong_38",
          text = { "Eighty-three therapists shorted over Thanksgiving is a lot "
              .. "of people to make whole. How did you finally fix it?",
            "Eighty-three people shorted at Thanksgiving. How did that "
              .. "happen?",
            "Eighty-three people?" },
          skills = {},
          state = { trust = -10 },
          reveal = { "spreadsheet" },
          reply = "'Thirty-eight,' he says. 'Christmas. The spreadsheet.' He "
            .. "says it to the dog more than to you.",
          next = to_aisha,
          coach = "Processing failed: the right question on the wrong facts. "
            .. "Thirty-eight became eighty-three and the holidays became "
            .. "Thanksgiving, a minute after he said them." },
        { id = "stung",
          text = { "That sounds like it really stung.",
            "I can hear that it still stings. Ondine mattered to you." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It did. Anyway,' he says, and he's off again.",
          next = onward,
          coach = "Empathy without a next step: he feels heard, but you "
            .. "didn't ask how it happened, so the cause stays buried." },
        { id = "how_wrong",
          text = { "How did thirty-eight paychecks come out wrong?",
            "Thirty-eight paychecks wrong at once usually has one cause. "
              .. "What was it?" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "spreadsheet" },
          reply = "'The spreadsheet,' he says. 'It's always the spreadsheet.'",
          next = to_aisha,
          coach = "A SPIN problem question: you went after the cause, and "
            .. "you remembered the number." },
        { id = "cant_happen",
          text = { "Crewline calculates per-visit pay automatically, so that "
              .. "couldn't happen.",
            "With per-visit pay calculated for you, a January like that "
              .. "just couldn't happen again." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure,' he says. 'Until it does.'",
          next = onward,
          coach = "Transactional pushing: you answered his worst month with "
            .. "a product claim, without knowing how the mistake happened." },
      },
    },

    aisha = {
      say = "Ximena exports the visits, fixes the bad ones by hand and keys the "
        .. "totals into payroll, two days every pay period, with fourteen "
        .. "states' worth of rules. She caught January at midnight. She's been "
        .. "asking me for help since, I don't know, last summer.",
      choices = {
        { id = "wrong_aisha",
          text = { "So Ximena loses two days a month on it, across four states? "
              .. "How long has she been asking for help?",
            "Two days a month, four states of rules, and asking since "
              .. "last spring. That's a lot to put on one person.",
            "Two days a month?" },
          skills = {},
          state = { trust = -10 },
          reply = "'Every pay period,' he says. 'Fourteen states. Last "
            .. "summer. Which is kind of the point.'",
          next = "straight",
          coach = "Processing failed: two days every pay period became two "
            .. "days a month, fourteen states became four, and summer became "
            .. "spring. He said all three a minute ago." },
        { id = "sync_pitch",
          text = { "Crewline syncs with your scheduling system, so Ximena would "
              .. "never touch a spreadsheet again.",
            "What if Ximena never had to touch that spreadsheet again? Your "
              .. "visits could go straight into payroll." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'That's what the last two vendors said,' he says.",
          next = "straight",
          coach = "Transactional pushing: a feature before you understand "
            .. "why a known problem has sat unfixed for months." },
        { id = "since_summer",
          text = { "She's been asking since last summer. What's kept it from "
              .. "getting fixed?",
            "Since last summer. Something has kept this from getting fixed "
              .. "for most of a year, and it isn't Ximena.",
            "Asking since summer. What's stopped it?" },
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reply = "He's quiet. 'Me, honestly. There was always something "
            .. "shinier. I'm the bottleneck.'",
          next = "straight",
          coach = "Active listening, sensing stage: you caught 'since last "
            .. "summer' and named the question he'd been avoiding. Founders "
            .. "trust people who notice what they skipped." },
        { id = "aisha_in",
          text = { "Ximena should be in the next conversation. She knows where "
              .. "every workaround is.",
            "Would Ximena join us next time? She knows where every "
              .. "workaround lives." },
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'She'd kill for that,' he says.",
          next = "straight",
          coach = "Problem-solving: you spotted a champion (the C in "
            .. "MEDDIC). Good, though you skipped why it hasn't been fixed." },
      },
    },

    ----------------------------------------------------------------------
    -- He asks for a straight answer: give him one.
    ----------------------------------------------------------------------
    straight = {
      say = function(s)
        if s.trust >= 60 then
          return "Okay, real question, and I want a straight answer, not a "
            .. "pitch: can your thing actually take per-visit pay out of our "
            .. "scheduling system in fourteen states? Because the last two "
            .. "vendors said 'next year.'"
        end
        return "Okay, straight answer, yes or no: can you even do per-visit "
          .. "pay? The last two vendors couldn't."
      end,
      choices = {
        { id = "straight_feel",
          text = { "It sounds like the last two vendors really let you down, and "
              .. "I can hear how tired you are of promises about per-visit pay "
              .. "and scheduling systems that never arrive.",
            "That must be so frustrating, hearing 'next year' twice from "
              .. "vendors while your own therapists are the ones getting "
              .. "shorted on their visits.",
            "That must be frustrating." },
          skills = { empathy = 1 },
          state = { trust = -10 },
          reply = "'I asked you a yes-or-no question,' he says.",
          next = onward,
          coach = "Empathy at the wrong moment: he asked a direct question "
            .. "and got a feeling reflected back. Sensing includes sensing "
            .. "when someone wants an answer, not understanding." },
        { id = "plain_yes",
          text = { "Yes. The product reads each visit from scheduling and pays "
              .. "it by that state's rules. It can't guess a rule nobody wrote "
              .. "down; Ximena checks those first.",
            "Straight answer: yes, per visit, all fourteen states. The catch "
              .. "is the rules only Ximena knows, and we'd test those with her "
              .. "in a pilot first.",
            "Yes. Per visit, every state. Only as good as Ximena's rules." },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Huh. A vendor who says what it can't do,' he says. 'Okay.'",
          next = onward,
          coach = "Taking control with candour (Challenger): he asked a "
            .. "direct question, so you answered it plainly, named the "
            .. "product, and told him the limit before he found it." },
        { id = "payoff_early",
          text = { "Before I answer that: if it could, what would it be worth "
              .. "to you and Ximena?",
            "What would it mean for Bendwell if the answer were yes?" },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'So that's a no,' he says. 'Vendors always answer a "
            .. "question with a question.'",
          next = onward,
          coach = "A need-payoff question at the wrong time: SPIN's "
            .. "need-payoff comes after the problem is understood, and never "
            .. "instead of an answer he asked for." },
        { id = "overclaim",
          text = { "Absolutely, every visit in all fourteen states, and we can "
              .. "have you live in two weeks if the paperwork gets moving this "
              .. "Friday.",
            "Yes, all of it. Could you get the paperwork started this week, "
              .. "so you're live before your next pay run?" },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Two weeks,' he says. 'That's what the last one said. Look, "
            .. "just send me something and I'll have Henrike look at it.'",
          next = deck_only,
          coach = "Transactional pushing: a yes with no limits and a "
            .. "deadline attached. He has heard that promise twice before, "
            .. "from the vendors who said 'next year.'" },
      },
    },

    ----------------------------------------------------------------------
    -- His big month, in one breath: the board, the investor, the new CFO.
    ----------------------------------------------------------------------
    big_month = {
      say = "Sorry, I'm rambling, Sunniva says I do that. Big month: the "
        .. "board meets on the fourteenth, and Philomena, our lead investor, "
        .. "pulled me aside at dinner to ask if the 'people stuff' was "
        .. "handled, whatever that means. Henrike Sato starts as CFO on "
        .. "Monday, thank God, a grown-up, and I'm trying to sign a lease in "
        .. "Denver, which is its own saga.",
      choices = {
        { id = "lease",
          text = { "A lease saga! What's going on with the office?",
            "Tell me about the lease. Where are you looking in Denver?" },
          once = true,
          skills = { empathy = 1 },
          reply = "He lights up. Twenty minutes later he's still on the "
            .. "parking.",
          next = "out_of_time",
          coach = "Following the tangent: he enjoys it, and the call's "
            .. "remaining time goes to parking spaces." },
        { id = "dana_q",
          text = { "You mentioned Henrike starts Monday. Where does she come "
              .. "into a decision like this?",
            "Henrike starts Monday, you said. I'd guess a decision like this "
              .. "ends up on her desk." },
          when = function(s) return not s.facts.cfo end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "cfo" },
          next = "cfo_talk",
          coach = "MEDDIC, economic buyer: the new CFO was one clause in a "
            .. "long sentence, and she's the one who signs." },
        { id = "huge_month",
          text = { "That's a huge month. How are you holding up with all of it?",
            "A board meeting, a nervous investor, a new CFO and a lease, all "
              .. "in one month. You must be running on fumes." },
          skills = { empathy = 2 },
          reply = "'Ha. Fumes is generous,' he says, pleased, and then waits "
            .. "for you to pick one.",
          next = "hub",
          coach = "Empathy, responding stage, to the wrong thing: you "
            .. "answered the size of the month and let every name and date in "
            .. "it go by. He gave you four threads; kindness picked none." },
        { id = "wrong_marguerite",
          text = { "You said Philomena's been asking about the 'Denver lease.' "
              .. "What does she want settled before the board meets?",
            "Philomena wanted to know if the lease was handled. What is she "
              .. "worried about there?" },
          when = function(s) return not s.facts.board end,
          skills = {},
          state = { trust = -10 },
          reveal = { "board" },
          reply = "'The people stuff,' he says. 'The lease is mine. Keep up.'",
          next = "board_talk",
          coach = "Processing failed: the investor asked about the 'people "
            .. "stuff'; the lease was a different sentence. Mixing up his "
            .. "asides is worse than missing them." },
        { id = "proposal",
          text = { "Sounds like you need Crewline. Can I send you a proposal "
              .. "today?",
            "Would it help if you had something in writing before the board "
              .. "meets? I could have it to you today." },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure, send it,' he says. 'Henrike will look at it. "
            .. "Probably.'",
          next = deck_only,
          coach = "Transactional pushing, a premature close: a proposal with "
            .. "no problem and no decision-maker attached goes straight to "
            .. "the new CFO's pile." },
        { id = "marguerite_q",
          text = { "You said Philomena asked whether the 'people stuff' was "
              .. "handled. What do you think she meant?",
            "'Whatever that means,' you said, about Philomena's question. I "
              .. "think you know what she meant.",
            "What did Philomena mean by people stuff?" },
          when = function(s) return not s.facts.board end,
          skills = { listening = 3, problem_solving = 2 },
          reveal = { "board" },
          next = "board_talk",
          coach = "Active listening, sensing stage: 'whatever that means' "
            .. "was him brushing off something important. You didn't let "
            .. "him." },
      },
    },

    ----------------------------------------------------------------------
    -- "What else?": the asides still to follow up, and the playback.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        if s.trust >= 70 then return "Okay, you're good at this. What else?" end
        return "Sorry, where was I? What else do you need?"
      end,
      choices = {
        { id = "wrong_marguerite",
          text = { "You said Philomena's been asking about the 'Denver lease.' "
              .. "What does she want settled before the board meets?",
            "Philomena wanted to know if the lease was handled. What is she "
              .. "worried about there?" },
          when = function(s) return s.facts.cfo and not s.facts.board end,
          skills = {},
          state = { trust = -10 },
          reveal = { "board" },
          reply = "'The people stuff,' he says. 'The lease is mine. Keep up.'",
          next = "board_talk",
          coach = "Processing failed: the investor asked about the 'people "
            .. "stuff'; the lease was a different sentence. Mixing up his "
            .. "asides is worse than missing them." },
        { id = "follow_up",
          text = { "This is a lot to take in. Could we pick it up again next "
              .. "week?",
            "There's a lot here. Let's pick it up next week, when you've had "
              .. "a chance to breathe." },
          skills = { empathy = 1, listening = 1 },
          next = hurried,
          coach = "Polite but unfocused: you leave without playing anything "
            .. "back or agreeing a next step, and his next week is already "
            .. "full of other stories." },
        { id = "ny_q",
          text = { "Earlier you said New York sent a letter. What was it about?",
            "The letter from New York you mentioned. I'd like to hear what's "
              .. "in it." },
          once = true,
          skills = { listening = 3, problem_solving = 1 },
          reveal = { "penalty" },
          reply = "'Oh. A twenty-two-thousand-dollar fine for registering late,' "
            .. "he says. 'And two other states sent notices. Ximena's on it.' He "
            .. "hears it this time.",
          next = "hub",
          coach = "Active listening, processing stage: you remembered an "
            .. "aside from five minutes ago, and it turned out to be a "
            .. "$22,000 number (the M in MEDDIC)." },
        { id = "jan_rescue",
          text = { "Going back: you said some folks got shorted in January. "
              .. "What happened?",
            "I want to go back to January, when you said some folks got "
              .. "shorted." },
          once = true,
          when = function(s) return not s.facts.payroll_error end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "payroll_error" },
          next = "january",
          coach = "Active listening, processing stage, late: you went back "
            .. "for the detail he rushed past. Better late than never." },
        { id = "marguerite_q",
          text = { "You said Philomena asked whether the 'people stuff' was "
              .. "handled. What do you think she meant?",
            "'Whatever that means,' you said, about Philomena's question. I "
              .. "think you know what she meant.",
            "What did Philomena mean by people stuff?" },
          when = function(s) return s.facts.cfo and not s.facts.board end,
          skills = { listening = 3, problem_solving = 2 },
          reveal = { "board" },
          next = "board_talk",
          coach = "Active listening, sensing stage: 'whatever that means' "
            .. "was him brushing off something important. You didn't let "
            .. "him." },
        { id = "states_rescue",
          text = { "How many states do you have therapists in now, and how many "
              .. "by summer?",
            "Remind me how many states you're licensed in, and where you'll "
              .. "be by summer." },
          once = true,
          when = function(s) return not s.facts.growth end,
          skills = { listening = 1, problem_solving = 2 },
          reveal = { "growth" },
          reply = "'Fourteen, up from three, and sixty more therapists by "
            .. "summer,' he says. 'Which is kind of the whole thing, isn't it?'",
          next = "hub",
          coach = "A SPIN situation question, late: these are the numbers "
            .. "that drive everything else, and a founder usually offers them "
            .. "in his first breath. Catch them then." },
        { id = "wrong_summary",
          text = { "Let me make sure I have it. Fourteen states, thirty-eight "
              .. "therapists shorted in January, Ondine gone, and Henrike "
              .. "stuck doing the payroll spreadsheet by hand. Right?",
            "Let me play it back. You've grown from three states to fourteen; "
              .. "thirty-eight therapists were shorted in January and Ondine "
              .. "left over it; and Henrike has been keying every visit into "
              .. "payroll by hand since last summer. I think that's the heart "
              .. "of it." },
          once = true,
          skills = {},
          state = { trust = -10 },
          reply = "'Ximena,' he says. 'Henrike hasn't even started yet.' He "
            .. "sounds a little less sure about you. 'Anyway. Where does that "
            .. "leave us?'",
          next = "close",
          coach = "Processing failed: you mixed up the CFO who starts Monday "
            .. "with the head of people who does the spreadsheet. One wrong "
            .. "name undoes a lot of good listening." },
        { id = "dana_q",
          text = { "You mentioned Henrike starts Monday. Where does she come "
              .. "into a decision like this?",
            "Henrike starts Monday, you said. I'd guess a decision like this "
              .. "ends up on her desk." },
          when = function(s) return s.facts.board and not s.facts.cfo end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "cfo" },
          next = "cfo_talk",
          coach = "MEDDIC, economic buyer: the new CFO was one clause in a "
            .. "long sentence, and she's the one who signs." },
        { id = "summarize",
          text = function(s)
            local parts = { "fourteen states, up from three",
              "thirty-eight therapists shorted in January and Ondine gone in "
                .. "February",
              "Ximena keying every visit by hand, two days each pay period" }
            if s.facts.penalty then
              parts[#parts + 1] = "a $22,000 fine from New York"
            end
            if s.facts.board then
              parts[#parts + 1] = "Philomena waiting on the fourteenth"
            end
            return "Let me play it back. You've got " .. join(parts)
              .. ". Tell me where I've got it wrong."
          end,
          requires = { "growth", "payroll_error", "spreadsheet" },
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          reply = "'Every detail,' he says slowly. 'Nobody's said it back to me "
            .. "like that.'",
          next = "payoff",
          coach = "Active listening, processing stage: you tied a dozen "
            .. "asides into one problem, every number and name right, and "
            .. "checked it with him." },
      },
    },

    board_talk = {
      say = function(s)
        if s.facts.payroll_error then
          return "She meant Ondine. Two board members heard she left over a "
            .. "payroll mess, and Philomena wants to see it fixed before she "
            .. "backs the extension. The fourteenth is three weeks out."
        end
        return "Probably our clinical director leaving. Philomena wants to "
          .. "see it's handled before she backs the extension. The fourteenth "
          .. "is three weeks out."
      end,
      choices = {
        { id = "wrong_date",
          text = { "So you've got until the end of the month before the board "
              .. "meets. What would Philomena need to see fixed before she "
              .. "backs the extension?",
            "So you have until the end of the month, which gives you time "
              .. "to get the payroll mess fixed properly before the board. Is "
              .. "that how you see it?",
            "End of the month before the board, then? What would "
              .. "Philomena need?" },
          skills = {},
          state = { trust = -10 },
          reply = "'The fourteenth,' he says. 'Three weeks. I just said that.'",
          next = "hub",
          coach = "Processing failed: he said the fourteenth twice. Getting "
            .. "the date wrong tells a founder you're not tracking his "
            .. "deadline." },
        { id = "pressure",
          text = { "That's a lot of pressure from your board.",
            "Three weeks, with an investor watching. That's a heavy thing to "
              .. "carry while you're hiring sixty people." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It's fine. It's the job,' he says.",
          next = "hub",
          coach = "Empathy without problem-solving: warm, but you didn't ask "
            .. "what would satisfy her." },
        { id = "before_14",
          text = { "So by the fourteenth you'd want to walk in with payroll "
              .. "fixed, or a plan with dates on it. What would Philomena need "
              .. "to see?",
            "Then the fourteenth is the real deadline, and the test is "
              .. "Philomena's. I'd build the whole next step around what she "
              .. "needs to see that day.",
            "What will Philomena need to see on the fourteenth?" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Proof it won't happen again,' he says. 'Not a slide. "
            .. "Proof.'",
          next = "hub",
          coach = "MEDDIC, decision criteria and timeline: you turned a "
            .. "worried investor into a date and a test you can help him "
            .. "pass." },
        { id = "sign_week",
          text = { "Then we should get you signed this week to be safe.",
            "Would it take some pressure off if we got the paperwork done "
              .. "this week, so you can tell Philomena it's in hand and walk "
              .. "into the board meeting on the front foot?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Slow down,' he says. 'I don't even know if you fix it.'",
          next = "hub",
          coach = "Transactional pushing: you used his deadline to rush him, "
            .. "not to help him meet it." },
      },
    },

    cfo_talk = {
      say = "Henrike owns anything with money in it, I promised her that. She "
        .. "ran finance at a six-hundred-person health company, she'll want to "
        .. "pick the payroll system herself. Which is fine, I just can't have "
        .. "it take six months.",
      choices = {
        { id = "dana_criteria",
          text = { "What will Henrike care about most when she chooses?",
            "When Henrike chooses, what do you think she'll weigh most?" },
          skills = { listening = 2, problem_solving = 2 },
          reply = "'Not getting fined again, I'd guess,' he says.",
          next = "hub",
          coach = "MEDDIC, decision criteria: a sound plain question about "
            .. "the person who signs." },
        { id = "wrong_cfo",
          text = { "So Henrike takes payroll over from Ximena on Monday. Would "
              .. "she want to see the spreadsheet and the January mess for "
              .. "herself before she picks a vendor?",
            "Once Henrike takes over payroll from Ximena, she'll want to "
              .. "choose her own tools. Makes sense.",
            "Henrike takes over payroll?" },
          skills = {},
          state = { trust = -10 },
          reply = "'Henrike's the CFO,' he says. 'Ximena runs payroll. "
            .. "Nobody's taking anything over.'",
          next = "hub",
          coach = "Processing failed: the CFO owns the decision, not the "
            .. "work. Folding two people into one tells him you've lost "
            .. "track of who is who." },
        { id = "before_dana",
          text = { "If you sign before Monday, Henrike won't have to deal with "
              .. "it.",
            "Wouldn't it be kinder to Henrike to have this settled before "
              .. "she even starts, so her first week isn't spent picking a "
              .. "payroll vendor in the middle of a board month?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'I just told you I promised her,' he says.",
          next = "hub",
          coach = "Transactional pushing: going around the economic buyer "
            .. "he just told you he gave his word to." },
        { id = "dana_aisha",
          text = { "Then let's put Henrike and Ximena in the same room in "
              .. "Henrike's first week. Ximena shows her where the spreadsheet "
              .. "breaks, and Henrike decides what fixes it.",
            "Could Ximena walk Henrike through the spreadsheet in her first "
              .. "week? Then the choice is Henrike's, on real evidence.",
            "Ximena shows Henrike the spreadsheet in week one; Henrike "
              .. "decides." },
          requires = { "spreadsheet" },
          unavailable = "Not yet.",
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Oh, that's good,' he says. 'That's really good. Henrike "
            .. "would respect that.'",
          next = "hub",
          coach = "MEDDIC, economic buyer and champion: you remembered Ximena "
            .. "and the spreadsheet from ten minutes ago and gave the new CFO "
            .. "a problem she can own from day one." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in his words, then the next step.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.trust >= 75 then
          return "When you put it like that, it's not a payroll problem. It's "
            .. "the reason my best clinician left."
        end
        return "Okay. Yeah. That's about it."
      end,
      choices = {
        { id = "contract_today",
          text = { "Great, let me send a contract for all hundred forty people "
              .. "today.",
            "Shall I get the paperwork to you today, so it's moving "
              .. "before Henrike starts and Ximena's next pay run is the last "
              .. "one she does by hand?",
            "Shall I send the contract?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Whoa,' he says. 'Henrike starts Monday. Slow down.'",
          next = "close",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem, not the solution, and before the person who signs "
            .. "has even started." },
        { id = "payoff_q",
          text = { "If payroll were right every time in all fourteen states, and "
              .. "Ximena got her two days back, what would that change for you?",
            "Picture payroll right every time in all fourteen states, and "
              .. "Ximena with her two days back. I'd like to hear what that "
              .. "changes for you.",
            "If payroll just worked, what would change for you?" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'I'd stop apologizing to therapists,' he says. 'And I'd hire "
            .. "sixty people without losing sleep.'",
          next = "close",
          coach = "A SPIN need-payoff question, now that the problem is "
            .. "understood: he names the value himself, and a founder "
            .. "believes what he says out loud." },
        { id = "fine_payoff",
          text = { "If the New York fine and the notices from the other two "
              .. "states went away for good, what would that be worth to you "
              .. "and to the board?",
            "Say the twenty-two thousand never happens again. What's that "
              .. "worth to Bendwell?" },
          skills = { problem_solving = 1 },
          reply = "'Twenty-two grand,' he says. 'It's not the money.'",
          next = "close",
          coach = "A need-payoff question aimed at the wrong problem: the "
            .. "fine is a symptom. What he just told you is that payroll cost "
            .. "him his best clinician." },
        { id = "thank_open",
          text = { "Thanks for being so candid. That's a lot to carry.",
            "I appreciate you telling me that. It can't have been easy to "
              .. "say out loud, and I can hear how much Ondine leaving still "
              .. "weighs on you, even now." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It is,' he says. 'So what do we do?'",
          next = "close",
          coach = "Sincere empathy, but no need-payoff question: he never "
            .. "says what fixing it would be worth." },
      },
    },

    close = {
      say = function(s)
        if s.trust >= 80 then
          return "Okay. What would you do, if you were me?"
        elseif s.trust >= 50 then
          return "So what's the next step?"
        end
        return "I've got a hard stop in a few. What are you proposing?"
      end,
      choices = {
        { id = "his_call",
          text = { "What would you like the next step to be?",
            "You know your calendar, your board and your new CFO better "
              .. "than I do. Tell me what next step would actually work for "
              .. "you, and I'll build around it." },
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 65 and s.facts.spreadsheet then return "won_payroll" end
            if s.trust >= 45 and s.facts.growth then return "won_states" end
            return "stalled"
          end,
          coach = "Listening, but passive: asking a distracted founder to "
            .. "design the next step leaves it to whatever grabs him next." },
        { id = "full_rollout",
          text = function(s)
            local line = "Let's get all hundred and forty people and all "
              .. "fourteen states onto Crewline this month, with Ximena's "
              .. "spreadsheet retired for good"
            if s.facts.board then
              line = line .. ", so you can tell Philomena it's done on the "
                .. "fourteenth"
            end
            if s.facts.cfo then
              line = line .. ", and Henrike doesn't inherit the mess"
            end
            return line .. ". Can I send the order form tonight?"
          end,
          skills = { problem_solving = 1, pushing = 3 },
          state = { trust = -10 },
          next = rushed,
          coach = "Transactional pushing dressed in his own facts: the whole "
            .. "company, this month, before the CFO who signs has seen any "
            .. "proof. Remembering the details doesn't make it his plan." },
        { id = "rerun_january",
          text = function(s)
            local line = "Let's rerun January's payroll in Crewline with Ximena"
            if s.facts.cfo then
              line = line .. ", walk Henrike through the differences in her "
                .. "first week"
            end
            if s.facts.board then
              line = line .. ", and you take the result to Philomena on the "
                .. "fourteenth"
            end
            return line .. ". If it doesn't catch what went wrong, you walk "
              .. "away."
          end,
          requires = { "payroll_error", "spreadsheet" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_rerun,
          coach = "Problem-solving, the trusted-advisor close: proof on the "
            .. "exact payroll that went wrong, built from what he told you: "
            .. "Ximena, Henrike's first week and the board date." },
        { id = "send_deck",
          text = { "I'll send a deck and a couple of case studies and follow up "
              .. "next week.",
            "Let me pull together some case studies from multi-state "
              .. "health companies your size, with the compliance numbers, and "
              .. "we'll talk next week once you've read them.",
            "I'll send a deck." },
          skills = { pushing = 1 },
          next = deck_only,
          coach = "Passive and transactional: a deck is what every vendor "
            .. "sends, and it asks him to do the remembering you should have "
            .. "done." },
      },
    },

    ----------------------------------------------------------------------
    -- The tangent track: delightful, and the call runs out.
    ----------------------------------------------------------------------
    dog_ramble = {
      say = "She's a shepherd mix, we think. Found her outside our first "
        .. "office, which was above a taco place, so she was very well fed. "
        .. "Sunniva says she's the only thing at Bendwell that isn't held "
        .. "together with tape, ha, especially payroll.",
      choices = {
        { id = "taco_place",
          text = { "Above a taco place! How did you end up there?",
            "Your first office was above a taco place? I need to hear how "
              .. "that happened." },
          skills = { empathy = 1 },
          reply = "'Oh, that's a great story,' he says, and he tells it.",
          next = "rowing_ramble",
          coach = "Following the tangent: he's enjoying himself, and you "
            .. "left 'especially payroll' behind." },
        { id = "tape_payroll",
          text = { "Especially payroll? What's the tape holding together there?",
            "'Especially payroll.' That sounded like more than a joke.",
            "Tell me about the tape on payroll." },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Ha. You caught that,' he says.",
          next = "growth_ramble",
          coach = "Active listening, sensing stage: you picked the business "
            .. "out of a dog story. That's how a tangent turns into "
            .. "discovery." },
        { id = "wrong_dog",
          text = { "Sunniva says payroll is the only thing at Bendwell that "
              .. "isn't held together with tape? What's working there?",
            "So payroll's the one thing that isn't taped together. Good, "
              .. "that's the part I'd have worried about.",
            "So payroll's fine?" },
          skills = {},
          state = { trust = -5 },
          reply = "'Other way round,' he says, laughing. 'The dog's fine. "
            .. "Payroll's the tape. Anyway, speaking of things held together, "
            .. "rowing.'",
          next = "rowing_ramble",
          coach = "Processing failed: you heard the words and reversed the "
            .. "joke. The dog is the only thing not taped together; payroll "
            .. "is the tape." },
        { id = "tape_pitch",
          text = { "Payroll is exactly what Crewline fixes.",
            "If payroll's the tape, would it help to see how other clinics "
              .. "your size replaced theirs?" },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Ah,' he says. 'Here we go.'",
          next = "pitched",
          coach = "Transactional pushing: you heard a keyword and pitched "
            .. "at it, instead of asking what was behind the joke." },
      },
    },

    rowing_ramble = {
      say = "So I rowed in college, and I still go out on Sloan's Lake at five "
        .. "a.m., which is how I met Philomena, our lead investor, she's in a "
        .. "masters eight. Lately she's been weird about the 'people stuff,' "
        .. "whatever that means. Anyway, the lake at dawn is the only time my "
        .. "phone's off.",
      choices = {
        { id = "rowing_pitch",
          text = { "Speaking of people, Crewline handles payroll for companies "
              .. "just like yours.",
            "Speaking of your people, could I take two minutes to show you "
              .. "how companies like yours run payroll now?" },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Smooth,' he says, not kindly.",
          next = "pitched",
          coach = "Transactional pushing: a segue into a pitch, not a "
            .. "question about what he just told you." },
        { id = "still_race",
          text = { "Five a.m.! Do you still race?",
            "The lake at dawn with your phone off sounds like the best hour "
              .. "of your day. Do you still race?" },
          skills = { empathy = 1 },
          reply = "'Head of the Charles, twice,' he says, and he's off.",
          next = "out_of_time",
          coach = "Following the tangent: pleasant, and the call is nearly "
            .. "over." },
        { id = "people_stuff",
          text = { "You said Philomena's been weird about the 'people stuff.' "
              .. "What's going on with your people?",
            "Your investor is worried about your people, and you brushed "
              .. "it off. I wouldn't.",
            "What's going on with your people?" },
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reply = "He laughs, then doesn't. 'Okay. That's fair.'",
          next = "people_ramble",
          coach = "Active listening, sensing stage: an investor's worry, "
            .. "dropped into a rowing story, is the most important thing he "
            .. "said. You caught it." },
        { id = "wrong_lake",
          text = { "You met Philomena rowing on 'Cherry Creek'? What does a lead "
              .. "investor worry about at five a.m.?",
            "So Philomena's in your eight on Cherry Creek. She must hear "
              .. "everything about the company before the board does.",
            "Cherry Creek?" },
          skills = {},
          state = { trust = -5 },
          reply = "'Sloan's Lake. Different boat,' he says. 'Anyway.'",
          next = "out_of_time",
          coach = "Processing failed, on a tangent: the wrong lake and the "
            .. "wrong boat, and the 'people stuff' he mentioned slides past "
            .. "again." },
      },
    },

    out_of_time = {
      say = function(s)
        if s.trust >= 50 then
          return "Oh no, it's ten to. I have Sunniva at the hour. This was "
            .. "really fun, though. Send me something?"
        end
        return "Oh, shoot, I've got to jump. Send me something?"
      end,
      choices = {
        { id = "one_thing",
          text = { "Before you go: what's the one thing about payroll that "
              .. "keeps you up at night?",
            "One thing before you go: the part of payroll that keeps you up "
              .. "at night." },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "payroll_error" },
          reply = "'January,' he says, already walking. 'Thirty-eight people "
            .. "shorted. Ondine quit. Call me next week.'",
          next = hurried,
          coach = "A SPIN problem question, asked in the doorway: it gets "
            .. "the problem named, but there's no time left to understand "
            .. "it." },
        { id = "send_something",
          text = { "Sure, I'll send something over.",
            "Of course. What would be most useful for you to have from "
              .. "me, so you can look at it properly after your call with "
              .. "Sunniva?" },
          skills = { listening = 1 },
          next = deck_only,
          coach = "Passive: you let a pleasant call end with nothing "
            .. "learned and nothing agreed." },
        { id = "sign_before",
          text = { "Could we at least get a pilot agreement started before your "
              .. "call?",
            "Would it save you time later if we got the paperwork started "
              .. "now, before you jump on with Sunniva, so there's something "
              .. "moving while you think about it?",
            "Pilot agreement first?" },
          skills = { pushing = 3 },
          state = { trust = -10 },
          next = deck_only,
          coach = "Transactional pushing: asking for a commitment after a "
            .. "call spent on rowing and parking." },
      },
    },

    ----------------------------------------------------------------------
    -- The pushy track: he stays friendly and stops listening.
    ----------------------------------------------------------------------
    pitched = {
      say = function(s)
        if s.trust >= 25 then
          return "Cool, cool. Look, I get a lot of these calls. What's the "
            .. "short version?"
        end
        return "Yeah, I'm going to be honest, I'm only half here. Send me a "
          .. "deck?"
      end,
      choices = {
        { id = "short_version",
          text = { "Short version: we cut payroll time in half and keep you "
              .. "compliant in every state.",
            "The short version is that companies like yours spend half "
              .. "the time on payroll with us, and they never get a letter "
              .. "from a state again. Does that sound useful for where you "
              .. "are?" },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Everybody says that,' he says.",
          next = deck_only,
          coach = "Transactional pushing: a slogan in place of a question. "
            .. "He's heard it from every vendor." },
        { id = "start_over",
          text = { "Honestly, the short version is I don't know yet if we can "
              .. "help. What made Sunniva want you on this call?",
            "Short version: I got ahead of myself. I don't know yet whether "
              .. "we can help, and Sunniva clearly thinks something's wrong." },
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 10 },
          reply = "'Ha. Okay, fair,' he says. 'So.'",
          next = function(s)
            if s.visits.growth_ramble > 0 then return "people_ramble" end
            return "growth_ramble"
          end,
          coach = "Empathy and a recovery: you dropped the pitch and gave "
            .. "him the floor, which is where a founder like Lorcan wants to "
            .. "be." },
        { id = "discount",
          text = { "If you sign this quarter, I can take twenty-five percent "
              .. "off.",
            "Would twenty-five percent off this quarter make it easier to "
              .. "say yes, so you can get payroll off your plate before the "
              .. "board and the new CFO both land on you?" },
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'For what?' he says, and laughs.",
          next = deck_only,
          coach = "Discounting to close: transactional pushing. You don't "
            .. "know his problem, so you can't know what the product is "
            .. "worth to him, and a concession given for nothing teaches him "
            .. "your price is soft." },
      },
    },
  },

  endings = {
    won_company = {
      say = "The January rerun in Crewline flags all thirty-eight underpaid "
        .. "therapists and two more nobody caught. Henrike signs a three-year "
        .. "agreement for the whole company in her second week, and Lorcan "
        .. "shows Philomena the rerun on the fourteenth. Ximena takes her first "
        .. "Friday off since summer.",
      outcome = { result = "won", deal_value = 186000, days_to_close = 21 },
    },
    won_payroll = {
      say = "Henrike likes the rerun but wants to compare vendors first. Two "
        .. "months later she signs Crewline for payroll only; benefits and "
        .. "compliance can wait for next year.",
      outcome = { result = "won", deal_value = 64000, days_to_close = 60 },
    },
    won_states = {
      say = "Four months later, Ximena buys Crewline's compliance module for "
        .. "the newest states. Lorcan liked you, but nobody ever tied it to "
        .. "January, so nobody was in a hurry.",
      outcome = { result = "won", deal_value = 18000, days_to_close = 120 },
    },
    stalled = {
      say = "Lorcan replies to your follow-up with three enthusiastic emails "
        .. "about other things. Henrike starts, launches a six-month vendor "
        .. "review, and you are one name on a long list.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "In her second week, Henrike signs the payroll vendor she used at "
        .. "her last company. Lorcan never mentions you to her.",
      outcome = { result = "lost" },
    },
  },

  tests = {
    { name = "remembering and tying his asides together wins the whole company",
      path = { "why_priya", "fourteen_states", "jan_nadia", "who_notices",
               "since_summer", "plain_yes", "marguerite_q", "before_14",
               "dana_q", "dana_aisha", "ny_q", "summarize", "payoff_q",
               "rerun_january" },
      ending = "won_company", min = { overall = 90, trust = 85 },
      max = { transactional_pushing = 0 },
      facts = { "growth", "payroll_error", "spreadsheet", "penalty", "board",
                "cfo" } },
    { name = "pitching and discounting loses the deal",
      path = { "demo_ask", "discount" }, result = "lost",
      max = { overall = 15 } },
    { name = "one wrong name in the summary costs the whole company",
      path = { "why_priya", "fourteen_states", "jan_nadia", "who_notices",
               "since_summer", "plain_yes", "marguerite_q", "before_14",
               "dana_q", "dana_aisha", "ny_q", "wrong_summary",
               "rerun_january" },
      ending = "won_payroll" },
    { name = "one wrong number early costs the whole company",
      path = { "why_priya", "wrong_growth", "jan_nadia", "how_wrong",
               "since_summer", "plain_yes", "marguerite_q", "before_14",
               "dana_q", "dana_aisha", "ny_q", "summarize", "payoff_q",
               "rerun_january" },
      ending = "won_payroll" },
    { name = "empathy when he asked for a straight answer costs the whole company",
      path = { "why_priya", "fourteen_states", "jan_nadia", "who_notices",
               "since_summer", "straight_feel", "marguerite_q", "before_14",
               "dana_q", "dana_aisha", "ny_q", "summarize", "payoff_q",
               "rerun_january" },
      ending = "won_payroll" },
    { name = "following his tangents runs out the clock",
      path = { "juniper", "taco_place", "still_race", "send_something" },
      ending = "stalled", max = { relationship_quality = 60 } },
    { name = "a kind call that never pins down the cause wins only a module",
      path = { "why_priya", "fourteen_states", "sorry_nadia", "marguerite_q",
               "pressure", "dana_q", "dana_criteria", "ny_q", "jan_rescue",
               "stung", "follow_up" },
      ending = "won_states", max = { overall = 90 } },
    { name = "a careful call that never finds the board or the CFO wins payroll only",
      path = { "juniper", "tape_payroll", "tape", "hiccup", "how_wrong",
               "aisha_in", "plain_yes", "huge_month", "states_rescue", "ny_q",
               "summarize",
               "thank_open", "his_call" },
      ending = "won_payroll" },
    { name = "the CFO plan stays locked until he explains the spreadsheet",
      path = { "why_priya", "fourteen_states", "sorry_nadia", "dana_q" },
      not_offered = { "dana_aisha" }, offered = { "dana_criteria" } },
  },
}
