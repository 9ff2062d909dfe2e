-- rambling-founder.lua: a founder who buries the facts in his stories.
--
-- Theo Castellanos runs Bendwell, a virtual physical-therapy startup that
-- has grown from three states to fourteen in a year.  He is generous,
-- funny and impossible to keep on one subject: every important fact comes
-- out in passing, in the middle of a story about something else.  The
-- trainee has to remember what he said, tie it together and play it back
-- accurately.  Later choices need facts he mentioned earlier, and a summary
-- that gets a detail wrong (a number, a month, a name) costs trust: to a
-- founder, it proves you weren't listening.  Following his tangents is
-- pleasant and eats the call.
--
-- Hidden meter: trust (whether Theo believes you actually get his company).

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

return scenario {
  id = "rambling-founder",
  title = "A founder who buries the facts in his stories",
  module = "listening",
  difficulty = "intermediate",
  version = "1.0",
  minutes = 12,
  currency = "USD",
  brief = "Theo Castellanos is co-founder and CEO of Bendwell, a virtual "
    .. "physical-therapy company in Denver with about 140 employees. His "
    .. "co-founder asked him to take your call. You sell Crewline, payroll and "
    .. "multi-state compliance software for growing companies. Theo talks in "
    .. "long tangents and drops what matters in passing. Keep track of what he "
    .. "tells you, play it back accurately, and find out what is really wrong, "
    .. "why it matters now, and who decides.",
  prospect = {
    name = "Theo Castellanos",
    role = "Co-founder and CEO",
    company = "Bendwell",
    persona = "A former physical therapist turned founder: warm, funny, "
      .. "restless and proud of his company. He thinks out loud, jumps between "
      .. "stories and mentions the important things as asides. He notices "
      .. "instantly when someone gets his company wrong.",
  },

  state = {
    trust = { start = 35, min = 0, max = 100 },
  },

  facts = {
    growth = "Bendwell has therapists licensed in fourteen states, up from "
      .. "three a year ago, and plans to hire sixty more by summer.",
    payroll_error = "In January, thirty-eight therapists were underpaid for "
      .. "their holiday visits. Nadia Osei, the clinical director, spent two "
      .. "weeks fighting to get them paid, then resigned in February.",
    spreadsheet = "Aisha Grant, head of people, moves every visit from the "
      .. "scheduling system into a spreadsheet and keys it into payroll by "
      .. "hand: two days every pay period. She has asked for help since last "
      .. "summer.",
    penalty = "New York fined Bendwell $22,000 for registering as an employer "
      .. "late, and two other states have sent notices.",
    board = "The board meets on the fourteenth. Marguerite Lund, the lead "
      .. "investor, heard why Nadia left and wants to see payroll fixed before "
      .. "she backs the Series B extension.",
    cfo = "Dana Kim starts as CFO on Monday. Theo promised her she owns every "
      .. "finance system, so she will choose the payroll vendor.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: he is walking his dog and already talking.
    ----------------------------------------------------------------------
    opening = {
      say = "Hey! Sorry, I'm walking Juniper, hang on, Juniper, no, okay, so "
        .. "Priya, my co-founder, said I had to take this call, and Priya is "
        .. "usually right, which is annoying. Where do you want to start?",
      choices = {
        { id = "why_priya",
          text = "Keep walking, I don't mind the dog. What made Priya say you had "
            .. "to take this call?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = "'Ha. Okay, so, that's a long story,' he says, and it is.",
          next = "growth_ramble",
          coach = "An open question that hands him the floor: SPIN "
            .. "situation. With a talker, the first job is to let him talk "
            .. "and start listening for what matters." },
        { id = "juniper",
          text = "Juniper! What kind of dog is she?",
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'A disaster. A lovely disaster. She's a rescue,' he says.",
          next = "dog_ramble",
          coach = "Rapport, but you handed a rambler a brand-new tangent "
            .. "in the first ten seconds." },
        { id = "overview",
          text = "Let me give you a quick overview of Crewline, and you stop me "
            .. "when something sounds relevant.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure, go,' he says. You can hear him checking his phone.",
          next = "pitched",
          coach = "Transactional pushing: a monologue before a single "
            .. "question. He loves to talk; you just took that away." },
        { id = "demo_ask",
          text = "The best way to see it is a demo. Could we get your team on "
            .. "a call next week?",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Uh, maybe? What would I be looking at?'",
          next = "pitched",
          coach = "Transactional pushing: asking for more of his time "
            .. "before you've used any of this call to learn something." },
      },
    },

    growth_ramble = {
      say = "Priya thinks our payroll is held together with tape, which, okay. "
        .. "Back up: we started in my garage in Boulder, three PTs and a webcam, "
        .. "and now we're a hundred forty people, ninety of them therapists, "
        .. "licensed in fourteen states, when a year ago it was three, and we're "
        .. "hiring sixty more by summer. My old rowing coach used to say growth "
        .. "is just controlled falling, which is also true of rowing, actually.",
      choices = {
        { id = "fourteen_states",
          text = "Fourteen states, up from three, and sixty more therapists by "
            .. "summer. What has that done to payroll?",
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "growth" },
          reply = "He stops walking. 'Huh. Yeah. That's actually the question.'",
          next = "people_ramble",
          coach = "Active listening, processing stage: you pulled the two "
            .. "numbers that matter out of a story about a garage and a "
            .. "rowing coach, and tied them to payroll." },
        { id = "tape",
          text = "Held together with tape how?",
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = "'Oh, Priya's dramatic,' he says. 'But, okay.'",
          next = "people_ramble",
          coach = "A fair SPIN problem question, but it skips the numbers he "
            .. "just gave you; fourteen states is the reason the tape is "
            .. "failing." },
        { id = "rowing",
          text = "You row? Where do you go out?",
          skills = { empathy = 1, listening = 1 },
          state = { trust = 5 },
          reply = "'Oh, man,' he says happily. 'Okay, so.'",
          next = "rowing_ramble",
          coach = "Following the tangent: friendly, and he enjoys it, but "
            .. "you chose the rowing over the fourteen states." },
        { id = "all_fifty",
          text = "Crewline runs payroll in all fifty states, so that part's easy.",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Cool,' he says. 'Everybody says that.'",
          next = "pitched",
          coach = "Transactional pushing: you answered a number with a "
            .. "feature before you knew what the number is doing to him." },
      },
    },

    ----------------------------------------------------------------------
    -- The real problem, mentioned as an aside.
    ----------------------------------------------------------------------
    people_ramble = {
      say = "Honestly payroll's mostly fine, because Aisha, our head of "
        .. "people, is a hero: therapists get paid per visit, so every two weeks "
        .. "she pulls the visits out of our scheduling system into a "
        .. "spreadsheet. January was rough, holidays, some kind of hiccup, a few "
        .. "folks got shorted, we fixed it, and then Nadia, our clinical "
        .. "director, left in February, which was a gut punch. Oh, and New York "
        .. "sent us some letter, but Aisha's on it.",
      choices = {
        { id = "jan_nadia",
          text = "You mentioned a payroll problem in January, and then Nadia "
            .. "leaving in February. Were those connected?",
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "payroll_error" },
          reply = "There's a long pause. 'Yeah,' he says. 'Yeah, they were.'",
          next = "january",
          coach = "Active listening, processing stage: you tied two things "
            .. "he mentioned a sentence apart, and found the story he hadn't "
            .. "told himself yet." },
        { id = "hiccup",
          text = "What happened with the January payroll?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "payroll_error" },
          reply = "'Ugh. Okay,' he says.",
          next = "january",
          coach = "A SPIN problem question: you picked the right thread out "
            .. "of the ramble, though not yet what it cost him." },
        { id = "sorry_nadia",
          text = "Losing your clinical director must have really hurt.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It did,' he says. 'Anyway, big month coming up.'",
          next = "hub",
          coach = "Empathy, responding stage: kind, but you heard the loss "
            .. "without asking why, and he changed the subject." },
        { id = "wrong_recap",
          text = "So the payroll problem was in February, when Nadia left, and "
            .. "Aisha's dealing with a letter from New Jersey?",
          skills = {},
          state = { trust = -10 },
          reveal = { "payroll_error" },
          reply = "'January,' he says. 'Nadia left in February. New York. It's "
            .. "fine, I talk fast.' It isn't quite fine.",
          next = "january",
          coach = "Processing failed: you tried to summarize and got the "
            .. "month and the state wrong. A wrong summary is worse than "
            .. "none; it proves you weren't listening." },
      },
    },

    january = {
      say = function(s)
        if s.trust >= 55 then
          return "Thirty-eight therapists got shorted on their holiday visits. "
            .. "Nadia spent two weeks fighting to get them paid, and on her way "
            .. "out she told me she was tired of being the only one who noticed. "
            .. "That one stung."
        end
        return "Some per-visit pay came out wrong over the holidays, "
          .. "thirty-eight people. We fixed it. Nadia left after, but people "
          .. "leave startups."
      end,
      choices = {
        { id = "who_notices",
          text = "She was tired of being the only one who noticed. Who notices "
            .. "now?",
          when = function(s) return s.trust >= 55 end,
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "spreadsheet" },
          reply = "'Aisha,' he says. 'At midnight, in her spreadsheet. God.'",
          next = "aisha",
          coach = "Active listening, sensing stage: you took Nadia's words "
            .. "seriously and asked who carries the problem now. That's the "
            .. "root cause, and the person who will champion the fix." },
        { id = "how_wrong",
          text = "How did thirty-eight paychecks come out wrong?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "spreadsheet" },
          reply = "'The spreadsheet,' he says. 'It's always the spreadsheet.'",
          next = "aisha",
          coach = "A SPIN problem question: you went after the cause, and "
            .. "you remembered the number." },
        { id = "stung",
          text = "That sounds like it really stung.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It did. Anyway,' he says, and he's off again.",
          next = "hub",
          coach = "Empathy without a next step: he feels heard, but you "
            .. "didn't ask how it happened, so the cause stays buried." },
        { id = "cant_happen",
          text = "Crewline calculates per-visit pay automatically, so that "
            .. "couldn't happen.",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure,' he says. 'Until it does.'",
          next = "hub",
          coach = "Transactional pushing: you answered his worst month with "
            .. "a product claim, without knowing how the mistake happened." },
      },
    },

    aisha = {
      say = "Aisha exports the visits, fixes the bad ones by hand and keys the "
        .. "totals into payroll, two days every pay period, with fourteen states' "
        .. "worth of rules. She caught January at midnight. She's been asking me "
        .. "for help since, I don't know, last summer.",
      choices = {
        { id = "since_summer",
          text = "She's been asking since last summer. What's kept it from "
            .. "getting fixed?",
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reply = "He's quiet. 'Me, honestly. There was always something "
            .. "shinier. I'm the bottleneck.'",
          next = "hub",
          coach = "Active listening, sensing stage: you caught 'since last "
            .. "summer' and asked the question he'd been avoiding. Founders "
            .. "trust people who notice what they skipped." },
        { id = "aisha_in",
          text = "Aisha should be in the next conversation. She knows where "
            .. "every workaround is.",
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'She'd kill for that,' he says.",
          next = "hub",
          coach = "Problem-solving: you spotted a champion (the C in "
            .. "MEDDIC). Good, though you skipped why it hasn't been fixed." },
        { id = "wrong_aisha",
          text = "So Aisha loses two days a month on it, across four states?",
          skills = {},
          state = { trust = -10 },
          reply = "'Every pay period,' he says. 'Fourteen states. Which is "
            .. "kind of the point.'",
          next = "hub",
          coach = "Processing failed: two days every pay period became two "
            .. "days a month, and fourteen states became four. He said both "
            .. "a minute ago." },
        { id = "sync_pitch",
          text = "Crewline syncs with your scheduling system, so Aisha would "
            .. "never touch a spreadsheet again.",
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'That's what the last two vendors said,' he says.",
          next = "hub",
          coach = "Transactional pushing: a feature before you understand "
            .. "why a known problem has sat unfixed for months." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: the next ramble, and what it buried.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        local asked = s.chose.marguerite_q or s.chose.dana_q or s.chose.ny_q
          or s.chose.jan_rescue or s.chose.states_rescue
        if asked then
          if s.trust >= 70 then return "Okay, you're good at this. What else?" end
          return "What else?"
        end
        return "Sorry, I'm rambling, Priya says I do that. Big month: the board "
          .. "meets on the fourteenth, and Marguerite, our lead investor, pulled "
          .. "me aside at dinner to ask if the 'people stuff' was handled, "
          .. "whatever that means. Dana Kim starts as CFO on Monday, thank God, a "
          .. "grown-up, and I'm trying to sign a lease in Denver, which is its "
          .. "own saga."
      end,
      choices = {
        { id = "marguerite_q",
          text = "You said Marguerite asked whether the 'people stuff' was "
            .. "handled. What do you think she meant?",
          once = true,
          skills = { listening = 3, problem_solving = 2 },
          reveal = { "board" },
          next = "board_talk",
          coach = "Active listening, sensing stage: 'whatever that means' "
            .. "was him brushing off something important. You didn't let "
            .. "him." },
        { id = "dana_q",
          text = "You mentioned Dana starts Monday. Where does she come into a "
            .. "decision like this?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "cfo" },
          next = "cfo_talk",
          coach = "MEDDIC, economic buyer: the new CFO was one clause in a "
            .. "long sentence, and she's the one who signs." },
        { id = "ny_q",
          text = "Earlier you said New York sent a letter. What was it about?",
          once = true,
          skills = { listening = 3, problem_solving = 1 },
          reveal = { "penalty" },
          reply = "'Oh. A twenty-two-thousand-dollar fine for registering late,' "
            .. "he says. 'And two other states sent notices. Aisha's on it.' He "
            .. "hears it this time.",
          next = "hub",
          coach = "Active listening, processing stage: you remembered an "
            .. "aside from five minutes ago, and it turned out to be a "
            .. "$22,000 number (the M in MEDDIC)." },
        { id = "jan_rescue",
          text = "Going back: you said some folks got shorted in January. What "
            .. "happened?",
          once = true,
          when = function(s) return not s.facts.payroll_error end,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "payroll_error" },
          next = "january",
          coach = "Active listening, processing stage, late: you went back "
            .. "for the detail he rushed past. Better late than never." },
        { id = "states_rescue",
          text = "How many states do you have therapists in now, and how many "
            .. "by summer?",
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
        { id = "follow_up",
          text = "This is a lot to take in. Could we pick it up again next "
            .. "week?",
          skills = { empathy = 1, listening = 1 },
          next = hurried,
          coach = "Polite but unfocused: you leave without playing anything "
            .. "back or agreeing a next step, and Theo's next week is "
            .. "already full of other stories." },
        { id = "summarize",
          text = function(s)
            local parts = { "fourteen states, up from three",
              "thirty-eight therapists shorted in January and Nadia gone in "
                .. "February",
              "Aisha keying every visit by hand, two days each pay period" }
            if s.facts.penalty then
              parts[#parts + 1] = "a $22,000 fine from New York"
            end
            if s.facts.board then
              parts[#parts + 1] = "Marguerite waiting on the fourteenth"
            end
            return "Let me play it back. You've got " .. join(parts)
              .. ". Did I get that right?"
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
        { id = "wrong_summary",
          text = "Let me make sure I have it. Fourteen states, thirty-eight "
            .. "therapists shorted in January, Nadia gone, and Dana stuck "
            .. "doing the payroll spreadsheet by hand. Right?",
          once = true,
          skills = {},
          state = { trust = -10 },
          reply = "'Aisha,' he says. 'Dana hasn't even started yet.' He sounds "
            .. "a little less sure about you.",
          next = "payoff",
          coach = "Processing failed: you mixed up the CFO who starts Monday "
            .. "with the head of people who does the spreadsheet. One wrong "
            .. "name undoes a lot of good listening." },
        { id = "lease",
          text = "A lease saga! What's going on with the office?",
          once = true,
          skills = { empathy = 1 },
          reply = "He lights up. Twenty minutes later he's still on the "
            .. "parking.",
          next = "out_of_time",
          coach = "Following the tangent: he enjoys it, and the call's "
            .. "remaining time goes to parking spaces." },
        { id = "proposal",
          text = "Sounds like you need Crewline. Can I send you a proposal "
            .. "today?",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Sure, send it,' he says. 'Dana will look at it. Probably.'",
          next = deck_only,
          coach = "Transactional pushing, a premature close: a proposal with "
            .. "no problem and no decision-maker attached goes straight to "
            .. "the new CFO's pile." },
      },
    },

    board_talk = {
      say = function(s)
        if s.facts.payroll_error then
          return "She meant Nadia. Two board members heard she left over a "
            .. "payroll mess, and Marguerite wants to see it fixed before she "
            .. "backs the extension. The fourteenth is three weeks out."
        end
        return "Probably our clinical director leaving. Marguerite wants to "
          .. "see it's handled before she backs the extension. The fourteenth "
          .. "is three weeks out."
      end,
      choices = {
        { id = "before_14",
          text = "So by the fourteenth you'd want to walk in with payroll fixed, "
            .. "or a plan with dates on it. What would Marguerite need to see?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Proof it won't happen again,' he says. 'Not a slide. "
            .. "Proof.'",
          next = "hub",
          coach = "MEDDIC, decision criteria and timeline: you turned a "
            .. "worried investor into a date and a test you can help him "
            .. "pass." },
        { id = "pressure",
          text = "That's a lot of pressure from your board.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It's fine. It's the job,' he says.",
          next = "hub",
          coach = "Empathy without problem-solving: warm, but you didn't ask "
            .. "what would satisfy her." },
        { id = "wrong_date",
          text = "So we've got until the end of the month. Plenty of time.",
          skills = {},
          state = { trust = -10 },
          reply = "'The fourteenth,' he says. 'Three weeks. I just said that.'",
          next = "hub",
          coach = "Processing failed: he said the fourteenth twice. Getting "
            .. "the date wrong tells a founder you're not tracking his "
            .. "deadline." },
        { id = "sign_week",
          text = "Then we should get you signed this week to be safe.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Slow down,' he says. 'I don't even know if you fix it.'",
          next = "hub",
          coach = "Transactional pushing: you used his deadline to rush him, "
            .. "not to help him meet it." },
      },
    },

    cfo_talk = {
      say = "Dana owns anything with money in it, I promised her that. She ran "
        .. "finance at a six-hundred-person health company, she'll want to pick "
        .. "the payroll system herself. Which is fine, I just can't have it take "
        .. "six months.",
      choices = {
        { id = "dana_aisha",
          text = "Then let's put Dana and Aisha in the same room in Dana's first "
            .. "week. Aisha shows her where the spreadsheet breaks, and Dana "
            .. "decides what fixes it.",
          requires = { "spreadsheet" },
          unavailable = "You don't yet know who runs payroll day to day, or how.",
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Oh, that's good,' he says. 'That's really good. Dana "
            .. "would respect that.'",
          next = "hub",
          coach = "MEDDIC, economic buyer and champion: you remembered Aisha "
            .. "and the spreadsheet from ten minutes ago and gave the new CFO "
            .. "a problem she can own from day one." },
        { id = "dana_criteria",
          text = "What will Dana care about most when she chooses?",
          skills = { listening = 2, problem_solving = 2 },
          reply = "'Not getting fined again, I'd guess,' he says.",
          next = "hub",
          coach = "MEDDIC, decision criteria: a sound plain question about "
            .. "the person who signs." },
        { id = "before_dana",
          text = "If you sign before Monday, Dana won't have to deal with it.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'I just told you I promised her,' he says.",
          next = "hub",
          coach = "Transactional pushing: going around the economic buyer "
            .. "he just told you he gave his word to." },
        { id = "deck_dana",
          text = "Great, I'll send Dana our deck.",
          skills = { listening = 1 },
          reply = "'She'll get forty of those her first week,' he says.",
          next = "hub",
          coach = "Listening without problem-solving: you heard her name but "
            .. "made a broadcast, not a plan." },
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
        { id = "payoff_q",
          text = "If payroll were right every time in all fourteen states, and "
            .. "Aisha got her two days back, what would that change for you?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'I'd stop apologizing to therapists,' he says. 'And I'd hire "
            .. "sixty people without losing sleep.'",
          next = "close",
          coach = "A SPIN need-payoff question: he names the value himself, "
            .. "and a founder believes what he says out loud." },
        { id = "thank_open",
          text = "Thanks for being so candid. That's a lot to carry.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It is,' he says. 'So what do we do?'",
          next = "close",
          coach = "Sincere empathy, but no need-payoff question: he never "
            .. "says what fixing it would be worth." },
        { id = "contract_today",
          text = "Great, let me send a contract for all hundred forty people "
            .. "today.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'Whoa,' he says. 'Dana starts Monday. Slow down.'",
          next = "close",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem, not the solution, and before the person who signs "
            .. "has even started." },
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
        { id = "rerun_january",
          text = function(s)
            local line = "Let's rerun January's payroll in Crewline with Aisha"
            if s.facts.cfo then
              line = line .. ", walk Dana through the differences in her first "
                .. "week"
            end
            if s.facts.board then
              line = line .. ", and you take the result to Marguerite on the "
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
            .. "Aisha, Dana's first week and the board date." },
        { id = "his_call",
          text = "What would you like the next step to be?",
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 65 and s.facts.spreadsheet then return "won_payroll" end
            if s.trust >= 45 and s.facts.growth then return "won_states" end
            return "stalled"
          end,
          coach = "Listening, but passive: asking a distracted founder to "
            .. "design the next step leaves it to whatever grabs him next." },
        { id = "sign_friday",
          text = "I can send the paperwork today. Could you sign by Friday?",
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 75 then return "won_states" end
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: he can't sign, his "
            .. "new CFO can, and you haven't shown either of them proof." },
        { id = "send_deck",
          text = "I'll send a deck and a couple of case studies and follow up "
            .. "next week.",
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
        .. "Priya says she's the only thing at Bendwell that isn't held "
        .. "together with tape, ha, especially payroll.",
      choices = {
        { id = "tape_payroll",
          text = "Especially payroll? What's the tape holding together there?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'Ha. You caught that,' he says.",
          next = "growth_ramble",
          coach = "Active listening, sensing stage: you picked the business "
            .. "out of a dog story. That's how a tangent turns into "
            .. "discovery." },
        { id = "taco_place",
          text = "Above a taco place! How did you end up there?",
          skills = { empathy = 1 },
          reply = "'Oh, that's a great story,' he says, and he tells it.",
          next = "rowing_ramble",
          coach = "Following the tangent: he's enjoying himself, and you "
            .. "left 'especially payroll' behind." },
        { id = "tape_pitch",
          text = "Payroll is exactly what Crewline fixes.",
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
        .. "a.m., which is how I met Marguerite, our lead investor, she's in a "
        .. "masters eight. Lately she's been weird about the 'people stuff,' "
        .. "whatever that means. Anyway, the lake at dawn is the only time my "
        .. "phone's off.",
      choices = {
        { id = "people_stuff",
          text = "You said Marguerite's been weird about the 'people stuff.' "
            .. "What's going on with your people?",
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reply = "He laughs, then doesn't. 'Okay. That's fair.'",
          next = "people_ramble",
          coach = "Active listening, sensing stage: an investor's worry, "
            .. "dropped into a rowing story, is the most important thing he "
            .. "said. You caught it." },
        { id = "still_race",
          text = "Five a.m.! Do you still race?",
          skills = { empathy = 1 },
          reply = "'Head of the Charles, twice,' he says, and he's off.",
          next = "out_of_time",
          coach = "Following the tangent: pleasant, and the call is nearly "
            .. "over." },
        { id = "rowing_pitch",
          text = "Speaking of people, Crewline handles payroll for companies "
            .. "just like yours.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Smooth,' he says, not kindly.",
          next = "pitched",
          coach = "Transactional pushing: a segue into a pitch, not a "
            .. "question about what he just told you." },
      },
    },

    out_of_time = {
      say = function(s)
        if s.trust >= 50 then
          return "Oh no, it's ten to. I have Priya at the hour. This was really "
            .. "fun, though. Send me something?"
        end
        return "Oh, shoot, I've got to jump. Send me something?"
      end,
      choices = {
        { id = "one_thing",
          text = "Before you go: what's the one thing about payroll that "
            .. "keeps you up at night?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "payroll_error" },
          reply = "'January,' he says, already walking. 'Thirty-eight people "
            .. "shorted. Nadia quit. Call me next week.'",
          next = hurried,
          coach = "A SPIN problem question, asked in the doorway: it gets "
            .. "the problem named, but there's no time left to understand "
            .. "it." },
        { id = "send_something",
          text = "Sure, I'll send something over.",
          skills = { listening = 1 },
          next = deck_only,
          coach = "Passive: you let a pleasant call end with nothing "
            .. "learned and nothing agreed." },
        { id = "sign_before",
          text = "Could we at least get a pilot agreement started before your "
            .. "call?",
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
        { id = "start_over",
          text = "Honestly, the short version is I don't know yet if we can "
            .. "help. What made Priya want you on this call?",
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 10 },
          reply = "'Ha. Okay, fair,' he says. 'So.'",
          next = "growth_ramble",
          coach = "Empathy and a recovery: you dropped the pitch and gave "
            .. "him the floor, which is where a founder like Theo wants to "
            .. "be." },
        { id = "short_version",
          text = "Short version: we cut payroll time in half and keep you "
            .. "compliant in every state.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Everybody says that,' he says.",
          next = deck_only,
          coach = "Transactional pushing: a slogan in place of a question. "
            .. "He's heard it from every vendor." },
        { id = "discount",
          text = "If you sign this quarter, I can take twenty-five percent off.",
          skills = { pushing = 3 },
          state = { trust = -15 },
          reply = "'For what?' he says, and laughs.",
          next = deck_only,
          coach = "Discounting to close: transactional pushing. You don't "
            .. "know his problem, so you can't know what the product is "
            .. "worth to him." },
      },
    },
  },

  endings = {
    won_company = {
      say = "The January rerun in Crewline flags all thirty-eight underpaid "
        .. "therapists and two more nobody caught. Dana signs a three-year "
        .. "agreement for the whole company in her second week, and Theo shows "
        .. "Marguerite the rerun on the fourteenth. Aisha takes her first Friday "
        .. "off since summer.",
      outcome = { result = "won", deal_value = 186000, days_to_close = 21 },
    },
    won_payroll = {
      say = "Dana likes the rerun but wants to compare vendors first. Two "
        .. "months later she signs Crewline for payroll only; benefits and "
        .. "compliance can wait for next year.",
      outcome = { result = "won", deal_value = 64000, days_to_close = 60 },
    },
    won_states = {
      say = "Four months later, Aisha buys Crewline's compliance module for "
        .. "the newest states. Theo liked you, but nobody ever tied it to "
        .. "January, so nobody was in a hurry.",
      outcome = { result = "won", deal_value = 18000, days_to_close = 120 },
    },
    stalled = {
      say = "Theo replies to your follow-up with three enthusiastic emails "
        .. "about other things. Dana starts, launches a six-month vendor review, "
        .. "and you are one name on a long list.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "In her second week, Dana signs the payroll vendor she used at her "
        .. "last company. Theo never mentions you to her.",
      outcome = { result = "lost" },
    },
  },

  tests = {
    { name = "remembering and tying his asides together wins the whole company",
      path = { "why_priya", "fourteen_states", "jan_nadia", "who_notices",
               "since_summer", "marguerite_q", "before_14", "dana_q",
               "dana_aisha", "ny_q", "summarize", "payoff_q", "rerun_january" },
      ending = "won_company", min = { overall = 90, trust = 85 },
      max = { transactional_pushing = 0 },
      facts = { "growth", "payroll_error", "spreadsheet", "penalty", "board",
                "cfo" } },
    { name = "pitching and discounting loses the deal",
      path = { "demo_ask", "discount" }, result = "lost",
      max = { overall = 15 } },
    { name = "one wrong name in the summary costs the whole company",
      path = { "why_priya", "fourteen_states", "jan_nadia", "who_notices",
               "since_summer", "marguerite_q", "before_14", "dana_q",
               "dana_aisha", "ny_q", "wrong_summary", "payoff_q",
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
               "aisha_in", "states_rescue", "ny_q", "summarize", "thank_open",
               "his_call" },
      ending = "won_payroll" },
    { name = "the CFO plan stays locked until he explains the spreadsheet",
      path = { "why_priya", "fourteen_states", "sorry_nadia", "dana_q" },
      not_offered = { "dana_aisha" }, offered = { "dana_criteria" } },
  },
}
