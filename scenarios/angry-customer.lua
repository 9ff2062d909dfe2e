-- angry-customer.lua: a lab director whose analyzer failed over a weekend.
--
-- Ysolde Carraway runs the laboratory at a regional hospital that has used
-- your company's chemistry analyzers for nine years.  On Saturday the
-- analyzer failed, your service line promised a technician for Monday, and
-- her emergency department waited hours for results.  She is furious, her
-- renewal is two months away and a competitor is circling.  The lesson is
-- empathy under pressure (Drollinger's active empathetic listening: sense,
-- process, respond): acknowledge her anger before fixing anything, do not
-- defend the company, do not throw money at the complaint, and then solve the
-- real problem, which is bigger than one weekend.
--
-- Empathy is not the answer to everything.  When she asks a straight
-- question she wants a straight answer, not a feeling reflected back; a
-- script of apology words is worse than none; and a warm call that never
-- solves anything ranks last (the "relationship builder" of The Challenger
-- Sale).  Several wrong options are polished: her own story played back with
-- the wrong numbers, a rescue she didn't ask for, a plan that gets her
-- criteria wrong.  The best outcome is a renewal with a second analyzer;
-- defensive or discount-first paths lose the account or keep it small.
--
-- Hidden meters: anger (how much heat is still in the call; fixes offered
-- while it is high land as brush-offs) and trust (whether she believes you
-- are on her side).  Discounts and defensiveness cost trust that apologies
-- only partly buy back.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- After a recovery she picks up where the story left off.
local function resume(s)
  if s.facts.blame then return "opening_up" end
  if s.facts.outage then return "feelings" end
  return "story"
end

-- The plan: the renewal follows trust, a cooled temper and what was learned.
local function close_on_plan(s)
  if s.trust >= 95 and s.anger <= 15
     and known(s, "outage", "warnings", "criteria", "single_point", "committee") then
    return "renew_expand"
  elseif s.trust >= 60 and s.anger <= 40 and known(s, "warnings", "criteria") then
    return "renew"
  elseif s.trust >= 40 then
    return "renew_discount"
  elseif s.trust >= 20 then
    return "rfp"
  end
  return "lost"
end

-- A vaguer next step: never better than a plain renewal.
local function vague_close(s)
  if s.trust >= 60 and s.anger <= 40 and s.facts.warnings then return "renew" end
  if s.trust >= 40 then return "renew_discount" end
  return "rfp"
end

return scenario {
  id = "angry-customer",
  title = "An angry lab director after a weekend outage",
  module = "empathy",
  difficulty = "intermediate",
  version = "2.0",
  minutes = 13,
  currency = "USD",
  brief = "Ysolde Carraway is laboratory director at St. Brendan's Regional "
    .. "Medical Center in Spokane, Washington, a 300-bed hospital that has run "
    .. "on Meridian Diagnostics chemistry analyzers for nine years. You are "
    .. "her account manager, and you pulled the service tickets before calling. "
    .. "Over the weekend the lab's Meridian C900 failed, and on Monday she left "
    .. "you a furious voicemail. Her contract, about $210,000 a year, comes up "
    .. "for renewal in two months. Call her back, keep the account, and find out "
    .. "what she really needs.",
  prospect = {
    name = "Ysolde Carraway",
    role = "Laboratory Director",
    company = "St. Brendan's Regional Medical Center",
    persona = "Twenty-two years in hospital labs, fiercely loyal to her team "
      .. "and blunt when she's angry. She calms down when she's heard, not "
      .. "when she's placated; she can smell a script or a bribe, and when she "
      .. "asks a direct question she wants a direct answer.",
  },

  state = {
    trust = { start = 20, min = 0, max = 100 },
    anger = { start = 80, min = 0, max = 100 },
  },

  facts = {
    outage = "The C900 failed at 2 a.m. Saturday with a cooling fault; the "
      .. "service line promised a technician on Monday. For nineteen hours STAT "
      .. "samples went across town by courier and ER turnaround went from "
      .. "forty-five minutes to three hours.",
    blame = "At Monday's safety huddle, Dr. Thaddeus Kolb, the chief medical "
      .. "officer, asked her in front of forty people why her lab can't handle "
      .. "a weekend.",
    warnings = "The analyzer threw the same cooling error twice in the month "
      .. "before; she called it in both times and was told it was within "
      .. "tolerance. The failure was preventable, and nobody listened.",
    criteria = "To trust Meridian again she needs four-hour on-site response "
      .. "around the clock, remote monitoring of error codes, and a written "
      .. "root-cause report she can give Dr. Kolb.",
    single_point = "The C900 is her only chemistry analyzer overnight: the "
      .. "backup was cut in last year's budget, and a new urgent care adds about "
      .. "twenty percent more volume in October.",
    committee = "The renewal goes to the value analysis committee in six "
      .. "weeks, chaired by CFO Leopold Asante; she must recommend a vendor, and "
      .. "a Vantix rep has offered thirty percent off list.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: she is angry, and she has a right to be.
    ----------------------------------------------------------------------
    opening = {
      say = "Ysolde Carraway. I assume you got my voicemail. Do you have any "
        .. "idea what your company put my lab through this weekend?",
      choices = {
        { id = "scripted_sorry",
          text = {
            "I completely understand your frustration, and I sincerely apologize "
              .. "for any inconvenience this may have caused you and your team.",
            "First, I want to say I hear you, and I'm so sorry for any "
              .. "inconvenience. Your satisfaction is our top priority.",
          },
          skills = { empathy = 1 },
          state = { anger = 5, trust = -5 },
          reply = "'Inconvenience,' she says. 'Is that what the script calls it?'",
          next = "story",
          coach = "Empathy words without empathy: a scripted apology names a "
            .. "feeling you haven't heard yet and shrinks her weekend to "
            .. "'inconvenience'. Sensing comes first; she can tell the "
            .. "difference." },
        { id = "policy",
          text = {
            "I pulled the ticket. Under your current service tier, weekend calls "
              .. "are next business day, so the technician was on schedule.",
            "I've read the ticket, and the technician came within your service "
              .. "tier: weekend calls are next business day.",
          },
          skills = { pushing = 1 },
          state = { anger = 15, trust = -15 },
          reply = "'On schedule,' she repeats. 'Say that to my ER.'",
          next = "escalate",
          coach = "Defensive, no empathy: quoting the contract to an angry "
            .. "customer tells her you're protecting the company, not her lab." },
        { id = "ack_first",
          text = {
            "I got it, and I'm sorry. I don't know the whole story yet, and I'd "
              .. "rather hear it from you than from a ticket. What happened?",
            "I did, and I'm sorry. Tell me what happened, from the start.",
            "I got it. Before I say anything else, I want to hear it from you, "
              .. "all of it.",
          },
          skills = { empathy = 3, listening = 1 },
          state = { anger = -15, trust = 5 },
          reply = "A breath on the other end. 'Fine. Since you asked.'",
          next = "story",
          coach = "Empathy first: you acknowledged her anger, admitted what you "
            .. "don't know and asked her to tell it. Feelings before fixes." },
        { id = "credit_first",
          text = {
            "I'm so sorry. To make it right, I've already approved three months "
              .. "of free service on your contract.",
            "I'm sorry. Would three months of free service on your contract go "
              .. "some way to making this right for you?",
          },
          skills = { pushing = 2 },
          state = { anger = 10, trust = -15 },
          reply = "Silence. Then: 'You think this is about money?'",
          next = "insulted",
          coach = "Discounting to make it go away: transactional pushing. Money "
            .. "before understanding says you want the complaint closed, not the "
            .. "problem solved." },
        { id = "tech_today",
          text = {
            "I've got a field engineer who can be in your lab by two today to go "
              .. "over the analyzer.",
            "Would it help if I had a field engineer in your lab by two this "
              .. "afternoon to go over the analyzer with you?",
          },
          state = { anger = 5 },
          reply = "'It's running. Your engineer showed up Monday. That's the "
            .. "point.'",
          next = "story",
          coach = "Fixing before feeling: a solution to a problem that's already "
            .. "been patched. Problem-solving without empathy lands as a "
            .. "brush-off." },
      },
    },

    story = {
      say = function(s)
        local line = "Saturday, two in the morning, the C900 throws a cooling "
          .. "fault and shuts down, and your service line tells my night tech "
          .. "someone can come Monday. For nineteen hours my STAT samples rode "
          .. "across town in a courier car, and ER turnaround went from "
          .. "forty-five minutes to three hours."
        if s.anger >= 70 then
          return "Fine, I'll tell you, since nobody at your company seems to "
            .. "know. " .. line
        end
        return line
      end,
      choices = {
        { id = "why_monday",
          text = {
            "Who on the service line told your tech Monday?",
            "Do you know who on our service line made the call to send someone "
              .. "Monday instead of Saturday?",
          },
          skills = { listening = 1 },
          reveal = { "outage" },
          reply = "'Does it matter? Someone reading a script.'",
          next = "feelings",
          coach = "Investigating too soon: a fair question, but she hears an "
            .. "audit, not acknowledgement. Problem-solving before empathy." },
        { id = "reflect_wrong",
          text = {
            "Nine hours of couriering STAT samples, with the ER waiting an hour "
              .. "and a half for results. That's a nightmare, and you were the one "
              .. "holding it together.",
            "So for nine hours your samples went by courier and the ER waited "
              .. "ninety minutes instead of forty-five. You held that together.",
          },
          skills = { empathy = 1, listening = -2 },
          state = { anger = 5, trust = -5 },
          reveal = { "outage" },
          reply = "'Nineteen hours,' she says. 'Three hours in the ER. Were you "
            .. "even listening?'",
          next = "feelings",
          coach = "Responding without sensing: the right move, reflecting what "
            .. "she went through, with her numbers wrong. Nineteen hours became "
            .. "nine and three hours became ninety minutes; a wrong reflection "
            .. "tells her you weren't listening." },
        { id = "reflect_story",
          text = {
            "Nineteen hours of couriering STAT samples, with the ER waiting three "
              .. "hours for results. That's a nightmare, and you were the one "
              .. "holding it together.",
            "Nineteen hours, and three-hour turnaround in the ER. You were the "
              .. "one holding that together.",
            "So for nineteen hours your samples rode in a courier car and the ER "
              .. "waited three hours. And you carried it.",
          },
          skills = { empathy = 3, listening = 2 },
          state = { anger = -15, trust = 10 },
          reveal = { "outage" },
          reply = "'Yes,' she says, and some of the edge goes out of it. 'I was.'",
          next = "feelings",
          coach = "Empathy, responding stage of active listening: you reflected "
            .. "the facts and the weight she carried, before saying a word about "
            .. "fixes." },
        { id = "rare_fault",
          text = {
            "To be fair, that cooling fault is very rare. The C900 has the best "
              .. "uptime in its class.",
            "For what it's worth, I've never seen that cooling fault on a C900 "
              .. "before, and the model has the best uptime in its class.",
          },
          skills = { pushing = 1 },
          state = { anger = 15, trust = -15 },
          reply = "'Rare,' she says. 'It was rare for nineteen hours.'",
          next = "escalate",
          coach = "Defensive, no empathy: you defended the instrument while she "
            .. "was describing what it did to her patients." },
        { id = "credit_story",
          text = {
            "That's unacceptable. Let me credit your account for the whole month.",
            "That's unacceptable, and I'd like to credit your account for the "
              .. "whole month. Would that help?",
          },
          skills = { pushing = 2 },
          state = { anger = 5, trust = -15 },
          reveal = { "outage" },
          reply = "'A month of credit,' she says flatly. 'For my ER.'",
          next = "insulted",
          coach = "Discounting to make it go away: transactional pushing. You "
            .. "named a price for her bad weekend instead of understanding it." },
      },
    },

    feelings = {
      say = function(s)
        if s.anger >= 60 then
          return "My team was incredible, which is more than I can say for "
            .. "your company. I'm not done being angry about this."
        end
        if s.chose.lets_fix then
          return "As I was saying: Monday morning at the safety huddle, Dr. "
            .. "Kolb asked me in front of forty people why my lab can't handle "
            .. "a weekend. My lab."
        end
        return "My team was incredible. Then Monday morning at the safety "
          .. "huddle, Dr. Kolb, our chief medical officer, asked me in front of "
          .. "forty people why my lab can't handle a weekend. My lab."
      end,
      choices = {
        { id = "team_well",
          text = {
            "It sounds like your team did everything right.",
            "It sounds like your night tech and the rest of your team did "
              .. "everything right, and then some.",
          },
          skills = { empathy = 2, listening = 1 },
          state = { anger = -5, trust = 5 },
          reply = "'They did,' she says. 'They always do.'",
          next = "opening_up",
          coach = "Empathy, but aimed off to the side: praising her team is "
            .. "kind, and it misses what she's carrying herself." },
        { id = "call_kolb",
          text = {
            "Would it help if I called Dr. Kolb myself and told him this was our "
              .. "failure, not your lab's?",
            "Let me call Dr. Kolb and tell him the failure was ours, not your "
              .. "lab's. You shouldn't have to defend that alone.",
          },
          skills = { problem_solving = 1 },
          state = { trust = -10 },
          reply = "'I don't need my vendor rescuing me with my own CMO,' she says.",
          next = "opening_up",
          coach = "A rescue she didn't ask for: it sounds generous, but it fixes "
            .. "before it listens and puts you between her and her own CMO. She "
            .. "needs the hurt acknowledged, then something she can hand him "
            .. "herself." },
        { id = "not_fair",
          text = {
            "He put our failure on you, in front of forty people. That isn't "
              .. "fair, and I'm sorry it landed on you.",
            "Our failure landed on you, in front of forty people. That isn't "
              .. "fair to you.",
            "That was our failure, and it got put on you in front of forty of "
              .. "your colleagues. I'm sorry. That isn't fair, and it isn't on "
              .. "your lab.",
          },
          when = function(s) return s.anger < 60 end,
          skills = { empathy = 3, listening = 2 },
          state = { anger = -15, trust = 10 },
          reveal = { "blame" },
          reply = "She's quiet for a moment. 'Thank you. Nobody's said that.'",
          next = "opening_up",
          coach = "Empathy: you named what hurt most, being blamed in public for "
            .. "your company's failure, and you owned it. That's what lets her "
            .. "anger go down." },
        { id = "still_angry",
          text = {
            "You have every right to be angry. What's been the worst part of it "
              .. "for you?",
            "You've every right to be angry, and I'm not going to rush you. "
              .. "What's been the worst of it?",
          },
          when = function(s) return s.anger >= 60 end,
          once = true,
          skills = { empathy = 3, listening = 2 },
          state = { anger = -15 },
          reply = "She exhales. 'The worst part? Monday.'",
          next = "feelings",
          coach = "Empathy under pressure: you let the anger stand and asked "
            .. "about it, rather than rushing her past it." },
        { id = "lets_fix",
          text = {
            "Let's talk about how we make sure this never happens again.",
            "What I want to do now is make sure this never happens to your lab "
              .. "again. Can we talk about how?",
          },
          reply = function(s)
            if s.anger >= 40 then
              return "'I'm not finished,' she says, sharply."
            end
            return "'All right,' she says. 'Let's.'"
          end,
          next = function(s)
            if s.anger >= 40 then return "escalate" end
            return "hub"
          end,
          coach = "Fixing before she feels heard: when the anger is still high, "
            .. "a move to solutions sounds like 'can we wrap this up.' It only "
            .. "works once she has calmed down." },
      },
    },

    ----------------------------------------------------------------------
    -- The real problem: it was preventable, and nobody listened.
    ----------------------------------------------------------------------
    opening_up = {
      say = function(s)
        if s.anger < 40 and s.trust >= 35 then
          return "And here's what really gets me: it wasn't a surprise. That "
            .. "module threw the same cooling error twice last month, I called "
            .. "it in both times, and both times I was told it was within "
            .. "tolerance."
        end
        return "Anyway. It's running now, no thanks to your service line."
      end,
      choices = {
        { id = "uptime",
          text = {
            "For what it's worth, the C900 runs at 99.6 percent uptime across "
              .. "our customers.",
            "For context, the C900 averages 99.6 percent uptime across our "
              .. "installed base, so this isn't typical of the instrument.",
          },
          skills = { pushing = 1 },
          state = { anger = 15, trust = -10 },
          reply = "'I'm not across your customers,' she says. 'I'm here.'",
          next = "hub",
          coach = "Defensive, no empathy: a statistic about everyone else tells "
            .. "her that her experience doesn't count." },
        { id = "called_once",
          text = {
            "You called it in last month, and you were told it was fine. So this "
              .. "was preventable, and nobody listened to you.",
            "So you reported it once last month and were told it was within "
              .. "tolerance. That was preventable.",
          },
          when = function(s) return s.anger < 40 and s.trust >= 35 end,
          skills = { empathy = 1, listening = -1 },
          state = { trust = -15 },
          reveal = { "warnings" },
          reply = "'Twice,' she says. 'I called twice. That's rather the point.'",
          next = "known_fault",
          coach = "Processing failed: she called it in twice, and 'twice' is "
            .. "the whole grievance. Playing it back as once tells her it "
            .. "happened again, with you." },
        { id = "called_twice",
          text = {
            "You called it in twice, and twice you were told it was fine. So "
              .. "this was preventable, and nobody listened to you.",
            "Twice you reported it, and twice you were told it was within "
              .. "tolerance. Nobody listened.",
            "So you saw it coming, told us twice, and were brushed off both "
              .. "times.",
          },
          when = function(s) return s.anger < 40 and s.trust >= 35 end,
          skills = { empathy = 2, listening = 3, problem_solving = 1 },
          state = { anger = -10, trust = 10 },
          reveal = { "warnings" },
          reply = "'Yes,' she says. 'That's it exactly. Nobody listened.'",
          next = "known_fault",
          coach = "Active listening, processing stage: you tied her two calls to "
            .. "the failure and named the real grievance. It was never just one "
            .. "weekend." },
        { id = "more_to_it",
          text = {
            "It sounds like there's more to this than one bad weekend. Is there?",
            "I have a feeling there's more to this than one bad weekend, and I'd "
              .. "like to hear it if you'll tell me.",
          },
          when = function(s) return not (s.anger < 40 and s.trust >= 35) end,
          once = true,
          skills = { empathy = 2, listening = 2 },
          state = { anger = -10, trust = 5 },
          reply = "She hesitates, deciding whether you're worth telling.",
          next = "opening_up",
          coach = "Active listening, sensing stage: 'no thanks to your service "
            .. "line' hinted at more, and you asked." },
        { id = "forward_q",
          text = {
            "Then let's focus on you going forward. What would make the biggest "
              .. "difference for you and your lab from here?",
            "Looking forward, then: what matters most to you and your team from "
              .. "here on?",
          },
          when = function(s) return not (s.anger < 40 and s.trust >= 35) end,
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'Going forward,' she says. 'You haven't finished with going "
            .. "back.'",
          next = "hub",
          coach = "A forward-looking question that skips what she just hinted "
            .. "at: 'no thanks to your service line' meant there is more to the "
            .. "story. Sensing means hearing that before moving on." },
        { id = "what_now",
          text = {
            "What can I do right now to help?",
            "Tell me what would help you most right now, and I'll do it.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 1 },
          reply = "'You can start by understanding what you're dealing with,' "
            .. "she says.",
          next = "hub",
          coach = "A decent open offer, but early: she hasn't finished telling "
            .. "you what's wrong, so you can't yet know what would help." },
      },
    },

    -- She asks a straight question: this is not the moment for a feeling.
    known_fault = {
      say = "So tell me straight, because you've had the tickets since this "
        .. "morning. Did anyone at Meridian actually look at those calls, or did "
        .. "a script close them?",
      choices = {
        { id = "hear_you",
          text = {
            "It sounds like being dismissed is what hurts most, and I want you "
              .. "to know I hear that.",
            "I can hear how much it matters to you that someone actually looked. "
              .. "It would matter to me too.",
          },
          skills = { empathy = 2 },
          state = { trust = -5 },
          reply = "'I asked you a question,' she says.",
          next = "hub",
          coach = "Empathy at the wrong moment: she asked a direct question and "
            .. "got a feeling reflected back. When the question is straight, "
            .. "the empathetic response is the straight answer." },
        { id = "straight_answer",
          text = {
            "A script closed them. I read both tickets this morning: the phone "
              .. "queue logged them as within tolerance, and no engineer ever saw "
              .. "them. That's on us.",
            "No. Both were closed by the phone queue as within tolerance, and no "
              .. "engineer looked. That's on us, not on you.",
            "Nobody looked. The phone queue closed both as within tolerance. "
              .. "That was wrong.",
          },
          question = false,
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { anger = -5, trust = 10 },
          reply = "A long breath. 'Thank you for not dressing it up.'",
          next = "hub",
          coach = "Responding, the last stage of active listening, done "
            .. "honestly: she asked a yes-or-no question, and you answered it "
            .. "plainly, with what you'd checked, and owned it. Candor is what "
            .. "earns the right to propose a fix." },
        { id = "check_first",
          text = {
            "I'd want to check with the service team before I answer that, so "
              .. "I'm not guessing.",
            "Let me confirm with the service team first and get back to you on "
              .. "that today, so I give you the facts.",
          },
          skills = { listening = 1 },
          state = { trust = -10 },
          reply = "'You called me back without reading the tickets?' she says.",
          next = "hub",
          coach = "A careful-sounding stall: you had the tickets, so 'let me "
            .. "check' reads as hiding. After a weekend of 'Monday', one more "
            .. "deferral costs you." },
        { id = "tolerance",
          text = {
            "Technically both readings were inside tolerance when they were "
              .. "logged, which is why no one was sent.",
            "To be precise, both readings were inside the published tolerance "
              .. "when they were logged, so the queue followed procedure.",
          },
          skills = { pushing = 1 },
          state = { anger = 15, trust = -15 },
          reply = "'Procedure,' she says. 'Procedure took my analyzer down.'",
          next = "hub",
          coach = "Defensive: technically accurate, and it defends the process "
            .. "that failed her. She asked whether anyone listened; 'procedure' "
            .. "says no." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: now solve it, in any order.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        if s.anger <= 30 and s.trust >= 60 then
          return "All right. I'm listening. What else do you need from me?"
        elseif s.anger <= 50 then
          return "What else?"
        end
        return "I'm still waiting to hear something useful."
      end,
      choices = {
        { id = "credit_hub",
          text = {
            "Would a service credit on the renewal help smooth this over?",
            "Would it help you with the committee if I put a service credit on "
              .. "the renewal, to smooth this over?",
          },
          skills = { pushing = 2 },
          state = { anger = 10, trust = -15 },
          reply = "'Smooth it over,' she says. 'Put whatever you're offering in "
            .. "writing. I'll take it to the committee with the others.'",
          next = vague_close,
          coach = "Discounting to make it go away: transactional pushing. "
            .. "'Smooth it over' tells her you want her quiet, not helped." },
        { id = "ask_overnight",
          text = {
            "When the analyzer went down, what did you have to fall back on "
              .. "overnight?",
            "What was your fallback overnight when the analyzer went down?",
          },
          once = true,
          skills = { listening = 2, problem_solving = 3 },
          reveal = { "single_point" },
          next = "backup",
          coach = "A SPIN situation question with a point: you looked for the "
            .. "weakness that turned a fault into nineteen hours." },
        { id = "ask_need",
          text = {
            "What would you need from us to trust this instrument again, and to "
              .. "trust us?",
            "What would it take, concretely, for you to trust this instrument "
              .. "again, and Meridian?",
          },
          once = true,
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "criteria" },
          reply = "'Four-hour on-site response, around the clock. Someone "
            .. "watching those error codes before they turn into a failure. And a "
            .. "written root-cause report I can hand Dr. Kolb.'",
          next = "hub",
          coach = "MEDDIC, decision criteria: you asked what rebuilding trust "
            .. "would take instead of guessing, and she told you exactly." },
        { id = "summarize",
          text = function(s)
            local line = "Let me make sure I've got it. The analyzer failed at "
              .. "two on Saturday and you were told Monday; you'd reported the "
              .. "same error twice and were brushed off"
            if s.facts.blame then
              line = line .. "; and Dr. Kolb put it on you in front of everyone"
            end
            return line .. ". To trust us again you need four-hour response "
              .. "around the clock, monitoring that catches the error early, and "
              .. "a written root cause."
          end,
          question = false,
          requires = { "outage", "warnings", "criteria" },
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you played back what "
            .. "happened, what hurt and what she needs, so she knows you've heard "
            .. "all of it." },
        { id = "summary_wrong",
          text = function(s)
            local line = "Let me make sure I've got it. The analyzer failed "
              .. "late on Sunday and you were told Tuesday; you'd reported the "
              .. "same error once and were brushed off that time"
            if s.facts.blame then
              line = line .. "; and Dr. Kolb put it on you in front of the board"
            end
            return line .. ". To trust us again you need next-day response "
              .. "around the clock, monitoring that catches the error early, and "
              .. "a written root cause."
          end,
          question = false,
          requires = { "outage", "warnings", "criteria" },
          skills = { listening = -2, problem_solving = 1 },
          state = { trust = -15, anger = 10 },
          reply = "'Saturday. Monday. Twice. Four hours,' she says, counting them "
            .. "off. 'Do you want to try that again?'",
          next = "payoff",
          coach = "Processing failed: Saturday became Sunday, Monday became "
            .. "Tuesday, twice became once and four-hour response became "
            .. "next-day. A summary with her facts wrong proves the opposite of "
            .. "what a summary is for." },
        { id = "ask_committee",
          text = {
            "Your renewal comes up in two months. How will that decision get "
              .. "made?",
            "How will the renewal decision actually get made on your side, when "
              .. "it comes up in two months?",
          },
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          reveal = { "committee" },
          next = "committee",
          coach = "MEDDIC, decision process: asked after you've listened, it's a "
            .. "question about her situation, not a grab at the renewal." },
        { id = "root_cause",
          text = {
            "I'm going to find out why your two calls were dismissed, and put it "
              .. "in writing by Friday, for you and for Dr. Kolb if you want it.",
            "By Friday you'll have it in writing: why your two calls were closed, "
              .. "by whom, and what changes.",
          },
          once = true,
          requires = { "warnings" },
          unavailable = "Not yet.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { anger = -10, trust = 5 },
          reply = "'In writing,' she says. 'With names. Yes.'",
          next = "hub",
          coach = "Problem-solving that follows empathy: you committed to answer "
            .. "her real grievance, the ignored warnings, in a form she can use." },
        { id = "early_payoff",
          text = {
            "If you never had to think about this analyzer again, what would that "
              .. "mean for you and your team?",
            "Imagine your lab never had another weekend like this one. What "
              .. "would that be worth to you?",
          },
          when = function(s) return not s.facts.criteria end,
          skills = { empathy = 1, problem_solving = 1 },
          state = { trust = -5 },
          reply = "'A lot,' she says, flatly. 'So what are you selling me?'",
          next = "plan",
          coach = "A need-payoff question before you know what she needs (SPIN "
            .. "asks it last): with her criteria still unheard, it sounds like "
            .. "the run-up to a pitch, and she skips straight to asking for one." },
        { id = "get_back",
          text = {
            "Let me take all of this back and get back to you by Friday.",
            "I'll take everything you've told me back to the team and come back "
              .. "to you with a plan by Friday.",
          },
          skills = { listening = 1 },
          next = vague_close,
          coach = "Passive: a promise to call back, with nothing agreed and "
            .. "nothing played back. After a weekend of being told 'Monday', "
            .. "'Friday' sounds familiar." },
      },
    },

    backup = {
      say = "Nothing. We decommissioned the old analyzer in last year's budget "
        .. "cuts. And the new urgent care opens in October, which is about "
        .. "twenty percent more volume through that one machine.",
      choices = {
        { id = "quote_second",
          text = {
            "A second C900 would solve that. I can have a quote to you today.",
            "Would it help if I sent you a quote for a second C900 today, so "
              .. "you're covered before October?",
          },
          skills = { problem_solving = 1, pushing = 2 },
          state = { anger = 5, trust = -10 },
          reply = function(s)
            if s.trust >= 50 then
              return "'Maybe,' she says. 'But you just asked me to buy more of "
                .. "the thing that failed.'"
            end
            return "'You want to sell me another one?' she says. 'This week?'"
          end,
          next = "hub",
          coach = "Transactional pushing, however helpfully phrased: the right "
            .. "idea at the wrong moment. An upsell before she trusts you again "
            .. "sounds like profiting from her bad weekend." },
        { id = "one_machine",
          text = {
            "So one analyzer stands between your ER and a courier car, with "
              .. "twenty percent more volume coming. What happens if it fails "
              .. "again in November?",
            "Then one machine is all that stands between your ER and a courier "
              .. "car, and October adds a fifth more volume.",
            "What happens if it fails again in November, at the new volume?",
          },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "She's quiet. 'Then it's not a bad weekend. It's a patient.'",
          next = "hub",
          coach = "A SPIN implication: you let her see that the real risk is a "
            .. "single point of failure, and she named the stakes herself." },
        { id = "noted",
          text = {
            "That's good to know.",
            "Good to know. I'll make a note of the urgent care opening.",
          },
          skills = { listening = 1 },
          reply = "'Is it,' she says.",
          next = "hub",
          coach = "Listening without processing: you heard a single point of "
            .. "failure and filed it away." },
        { id = "budget_cuts",
          text = {
            "Budget cuts that take out the backup are so frustrating. It sounds "
              .. "like your lab keeps being asked to do more with less.",
            "That sounds frustrating: losing your backup to budget cuts, and then "
              .. "getting more volume anyway.",
          },
          skills = { empathy = 2 },
          reply = "'Welcome to hospitals,' she says.",
          next = "hub",
          coach = "Empathy aimed at the wrong thing: the budget cut is old news "
            .. "to her. What she hasn't said aloud yet is what a second failure "
            .. "at the new volume would mean." },
      },
    },

    committee = {
      say = "Six weeks from now it goes to the value analysis committee. Leopold "
        .. "Asante, our CFO, chairs it, and I'm the one who stands up and "
        .. "recommends a vendor. The Vantix rep was in here Tuesday offering "
        .. "thirty percent off list.",
      choices = {
        { id = "knock_vantix",
          text = {
            "Honestly, Vantix's service network out here is thin.",
            "I'd look hard at Vantix's service network out here before you "
              .. "recommend them. It's thin.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'Thinner than Monday?' she says.",
          next = "hub",
          coach = "Defensive: knocking the competitor invites a comparison you "
            .. "can't win this week." },
        { id = "heavy_load",
          text = {
            "That's a lot to carry into a committee, after the week you've had.",
            "Standing up in front of the committee after a week like this one "
              .. "sounds exhausting. I'm sorry you're in that position.",
          },
          skills = { empathy = 2 },
          reply = "'It's my job,' she says.",
          next = "hub",
          coach = "Empathy without a next step: true, and she knows it. What she "
            .. "needs is help making a recommendation she can defend." },
        { id = "her_case",
          text = {
            "Then you need a recommendation you can defend to Leopold and to Dr. "
              .. "Kolb. What would you need from us to stand up in that room?",
            "Then you're the one who has to defend it. What would you need from "
              .. "us to stand up in that room?",
            "Then what you need from us is a case you can defend in that room, "
              .. "not a lower price.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 10 },
          reply = "'Nobody at Meridian has asked me that,' she says. 'Proof it "
            .. "won't happen again. Something I can show them.'",
          next = "hub",
          coach = "MEDDIC, decision process and champion: you saw that she has to "
            .. "defend the choice, and offered to arm her instead of outbidding "
            .. "Vantix." },
        { id = "match_vantix",
          text = {
            "We'll match the thirty percent. I can put that in writing today.",
            "Would it help if we matched their thirty percent, in writing, "
              .. "before the committee meets?",
          },
          skills = { pushing = 3 },
          state = { anger = 5, trust = -15 },
          reply = "'So the price was padded by thirty percent,' she says. 'Good to "
            .. "know.'",
          next = "hub",
          coach = "Discounting to make it go away: transactional pushing. "
            .. "Matching a discount answers a question she didn't ask and tells "
            .. "her your price was never real." },
        { id = "go_to_mark",
          text = {
            "Could I present to Leopold's committee directly?",
            "Would it take some weight off you if I presented to Leopold's "
              .. "committee myself?",
          },
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -5 },
          reply = "'You can present to me,' she says.",
          next = "hub",
          coach = "Going around your champion: she's the one who recommends, and "
            .. "asking to skip her tells her you don't trust her to." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in her words, then the plan.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.chose.summary_wrong then
          return "She waits until you've corrected every one. 'Better.'"
        end
        if s.trust >= 75 then
          return "Yes. That's it. You're the first person at Meridian who's "
            .. "said it back to me."
        end
        return "That's about right."
      end,
      choices = {
        { id = "sorry_again",
          text = {
            "I'm so sorry, again, for all of this.",
            "I just want to say again how sorry I am, for all of it, and for "
              .. "what it did to you and your team.",
          },
          skills = { empathy = 1 },
          reply = "'You've said,' she says. 'What are you going to do?'",
          next = "plan",
          coach = "Empathy without direction: one apology was right; a third "
            .. "one, with no plan, starts to sound like a script." },
        { id = "payoff_q",
          text = {
            "If you could walk into that committee with a plan you believe in, "
              .. "and the ER never waited on chemistry again, what would that mean "
              .. "for you?",
            "Suppose the ER never waited on chemistry again. What would that "
              .. "mean for you?",
          },
          skills = { empathy = 2, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'I'd sleep without my phone on the pillow,' she says. 'And I'd "
            .. "look Thaddeus Kolb in the eye.'",
          next = "plan",
          coach = "A SPIN need-payoff question with empathy: she describes what "
            .. "a fix would mean to her, professionally and personally." },
        { id = "sign_now",
          text = {
            "Great. Can we get the renewal signed this week, before the "
              .. "committee?",
            "Would it take the pressure off you if we got the renewal signed "
              .. "this week, before the committee even meets?",
          },
          skills = { pushing = 3 },
          state = { anger = 10, trust = -15 },
          reply = "'Before the committee,' she says. 'So I can't compare. No.'",
          next = "plan",
          coach = "Transactional pushing, offered as relief: you used her first "
            .. "calm moment to close, which tells her the listening was a "
            .. "tactic." },
        { id = "payoff_cfo",
          text = {
            "If you could walk into Dr. Kolb's committee with a plan you believe "
              .. "in, what would that mean for you and for your lab?",
            "Picture Dr. Kolb's committee approving a plan you believe in. What "
              .. "would that mean for your lab?",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -10 },
          reply = "'Leopold chairs it,' she says. 'Thaddeus just yells at "
            .. "huddles.'",
          next = "plan",
          coach = "A need-payoff on the wrong facts: the committee is the CFO's, "
            .. "Leopold Asante's, not the CMO's. Mixing up who decides tells her "
            .. "you weren't following the part that decides the renewal." },
      },
    },

    plan = {
      say = function(s)
        if s.trust >= 75 then
          return "So. What are you going to do about it?"
        elseif s.trust >= 40 then
          return "What's your plan?"
        end
        return "I have a huddle in five minutes. What are you offering?"
      end,
      choices = {
        { id = "as_is",
          text = {
            "Let's renew as is, and I'll personally keep an eye on your service "
              .. "calls.",
            "My suggestion is we renew as is, and I'll personally watch every "
              .. "service call from your lab, so nothing slips again.",
          },
          skills = { empathy = 1, pushing = 1 },
          next = vague_close,
          coach = "A personal promise in place of a plan: warm, but it changes "
            .. "nothing she can show Dr. Kolb or the committee." },
        { id = "plan_wrong",
          text = function(s)
            local line = "Here's what I'll bring you: a service review by the "
              .. "end of the month, next-day on-site response seven days a week, "
              .. "and remote monitoring that flags that error before it fails"
            if s.facts.single_point then
              line = line .. ", plus a second analyzer on a three-year renewal, "
                .. "signed this month so it's in before October"
            end
            return line .. "."
          end,
          skills = { listening = -1, problem_solving = 1, pushing = 1 },
          next = function(s)
            if s.trust >= 40 then return "renew_discount" end
            return "rfp"
          end,
          coach = "A plan that gets her criteria wrong: she asked for four-hour "
            .. "response around the clock and a written root cause, not next-day "
            .. "response and a 'review', and the second analyzer arrives as a "
            .. "sale with a deadline." },
        { id = "her_ask",
          text = {
            "What would you like to see from us?",
            "What would you like us to put in front of you, so you can take it "
              .. "to the committee?",
          },
          skills = { empathy = 1, listening = 2 },
          next = vague_close,
          coach = "Listening, but passive: she's spent the call telling you; now "
            .. "she wants to hear what you'll do." },
        { id = "propose_plan",
          text = function(s)
            local line = "Here's what I'll bring you: the root-cause report by "
              .. "Friday, four-hour on-site response around the clock, and remote "
              .. "monitoring that flags that error before it fails"
            if s.facts.single_point then
              line = line .. ", plus a second analyzer, sized for the urgent "
                .. "care"
            end
            if s.facts.committee then
              line = line .. ", as a three-year plan for Leopold's committee"
            end
            return line .. "."
          end,
          requires = { "warnings", "criteria" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_on_plan,
          coach = "Problem-solving, the trusted-advisor close: a plan built from "
            .. "her own criteria, her ignored warnings, the single point of "
            .. "failure and the committee she has to face." },
        { id = "what_budget",
          text = {
            "What budget do you have for the renewal, so that what you take to "
              .. "your committee is something they'll approve?",
            "Before I put anything in front of you, what can your committee "
              .. "actually spend on this?",
          },
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -5 },
          next = vague_close,
          coach = "A qualifying question at the wrong moment: after a call about "
            .. "what went wrong, asking what she can spend puts the price first "
            .. "and the fix second." },
        { id = "discount_plan",
          text = {
            "We'll fix the service, and for the trouble I'll take twenty percent "
              .. "off the renewal.",
            "We'll fix the service, and I'd like to take twenty percent off the "
              .. "renewal for the trouble. Would that help with the committee?",
          },
          skills = { problem_solving = 1, pushing = 3 },
          next = function(s)
            if s.trust >= 60 then return "renew" end
            return "renew_discount"
          end,
          coach = "Discounting on top of a fix: transactional pushing. She'll "
            .. "take the money, and it tells her the second analyzer is a sale, "
            .. "not a solution." },
      },
    },

    ----------------------------------------------------------------------
    -- The defensive track: she escalates.
    ----------------------------------------------------------------------
    escalate = {
      say = function(s)
        if s.anger >= 80 then
          return "Don't defend yourselves to me. The Vantix rep returns calls "
            .. "on Sundays. Give me one reason not to put this out to bid."
        end
        return "I don't need a defense. I need someone to listen."
      end,
      choices = {
        { id = "hold_line",
          text = {
            "I understand you're upset, but I can't change what the contract "
              .. "says.",
            "I understand why you're upset, I really do, but I can't change what "
              .. "your contract says about weekend coverage.",
          },
          skills = { pushing = 2 },
          state = { anger = 10, trust = -10 },
          next = function(s)
            if s.trust >= 25 then return "rfp" end
            return "lost"
          end,
          coach = "Defensive, no empathy: 'I understand, but' cancels the "
            .. "understanding. She hears a policy, and she calls Vantix." },
        { id = "back_down",
          text = {
            "You're right. I was defending us when I should have been listening, "
              .. "and I'm sorry. Please, go on.",
            "You're right, and I'm sorry. Go on.",
          },
          once = true,
          skills = { empathy = 3, listening = 1 },
          state = { anger = -15, trust = 5 },
          reply = "A pause. 'All right. One more try.'",
          next = resume,
          coach = "Empathy and a recovery: you dropped the defense, owned it and "
            .. "handed her the floor. It helps, though trust lost to "
            .. "defensiveness comes back slowly." },
        { id = "credit_escalate",
          text = {
            "What if I put a twenty-five percent credit on the renewal?",
            "Would a twenty-five percent credit on the renewal give you a reason "
              .. "to stay with us?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          next = "insulted",
          coach = "Discounting to make it go away: after defending the company "
            .. "you try to buy her off, transactional pushing twice over." },
      },
    },

    insulted = {
      say = function(s)
        if s.trust >= 15 then
          return "This isn't about money. My ER waited three hours for "
            .. "potassium results. But fine, if you're offering, put it in "
            .. "writing."
        end
        return "So that's what my weekend is worth to you. Put it in writing, "
          .. "and I'll put it next to the Vantix quote."
      end,
      choices = {
        { id = "take_extension",
          text = {
            "I'll send a one-year extension at thirty percent off today.",
            "Then let me send you a one-year extension at thirty percent off "
              .. "today, so you have it in writing.",
          },
          skills = { pushing = 2 },
          state = { trust = -5 },
          next = "renew_discount",
          coach = "Transactional pushing: a discount that buys a year and "
            .. "nothing more. She'll sign it, and put the account out to bid next "
            .. "spring." },
        { id = "bigger_discount",
          text = {
            "I can go to forty percent if you sign for three years.",
            "Would forty percent work better for you, if we made it three years?",
          },
          skills = { pushing = 3 },
          state = { anger = 10, trust = -15 },
          next = "lost",
          coach = "Discounting harder: transactional pushing that confirms her "
            .. "suspicion that this was only ever about the renewal." },
        { id = "not_money",
          text = {
            "You're right, it isn't about money, and I'm sorry I led with it. "
              .. "Will you tell me what happened, from your side?",
            "You're right. It isn't about money, and I shouldn't have led with "
              .. "it.",
          },
          once = true,
          skills = { empathy = 3, listening = 1 },
          state = { anger = -10, trust = 5 },
          reply = "'From my side,' she says. 'All right.'",
          next = resume,
          coach = "Empathy and a recovery: you took the money off the table and "
            .. "asked for her story. The offer still hangs in the air, but she's "
            .. "talking again." },
      },
    },
  },

  endings = {
    renew_expand = {
      say = "Your root-cause report names both dismissed calls and the fix. "
        .. "Ysolde takes it, and a three-year plan with a second analyzer and "
        .. "round-the-clock response, to Leopold Asante's committee, which "
        .. "approves it in one meeting. Dr. Kolb asks for a copy of the report.",
      outcome = { result = "won", deal_value = 960000, days_to_close = 30 },
    },
    renew = {
      say = "Ysolde renews the existing three-year contract with a stronger "
        .. "service clause. The backup analyzer goes out to bid separately, and it "
        .. "takes two months and two committee meetings to get there.",
      outcome = { result = "won", deal_value = 630000, days_to_close = 60 },
    },
    renew_discount = {
      say = "Ysolde signs a one-year extension at a steep discount and tells "
        .. "Leopold Asante it buys time to run a proper bid next spring. Vantix is "
        .. "already on the list.",
      outcome = { result = "won", deal_value = 150000, days_to_close = 90 },
    },
    rfp = {
      say = "The committee sends the contract out to a formal bid. Ysolde is "
        .. "polite in every meeting and tells you nothing you don't already know.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Six weeks later, Leopold Asante's committee approves Vantix. Ysolde "
        .. "doesn't return your call about removing the C900.",
      outcome = { result = "lost" },
    },
  },

  tests = {
    { name = "feelings first, a straight answer, then the real problem, wins a renewal with expansion",
      path = { "ack_first", "reflect_story", "not_fair", "called_twice",
               "straight_answer", "ask_need", "ask_overnight", "one_machine",
               "ask_committee", "her_case", "root_cause", "summarize", "payoff_q",
               "propose_plan" },
      ending = "renew_expand", min = { overall = 90, trust = 95 },
      max = { transactional_pushing = 0, anger = 15 },
      facts = { "outage", "blame", "warnings", "criteria", "single_point",
                "committee" } },
    { name = "defending the contract and holding the line loses the account",
      path = { "policy", "hold_line" }, result = "lost",
      max = { overall = 15 } },
    { name = "a discount first buys a one-year extension and nothing more",
      path = { "credit_first", "take_extension" }, ending = "renew_discount" },
    { name = "matching the competitor's discount once costs the expansion",
      path = { "ack_first", "reflect_story", "not_fair", "called_twice",
               "straight_answer", "ask_need", "ask_overnight", "one_machine",
               "ask_committee", "match_vantix", "root_cause", "summarize",
               "payoff_q", "propose_plan" },
      ending = "renew" },
    { name = "answering her straight question with a feeling costs the expansion",
      path = { "ack_first", "reflect_story", "not_fair", "called_twice",
               "hear_you", "ask_need", "ask_overnight", "one_machine",
               "ask_committee", "her_case", "root_cause", "summarize", "payoff_q",
               "propose_plan" },
      ending = "renew" },
    { name = "her story played back with the wrong numbers costs the expansion",
      path = { "ack_first", "reflect_wrong", "still_angry", "not_fair",
               "more_to_it", "called_twice", "straight_answer", "ask_need", "ask_overnight",
               "one_machine", "ask_committee", "her_case", "root_cause",
               "summarize", "payoff_q", "propose_plan" },
      ending = "renew" },
    { name = "an apology after a discount helps, but the scar stays",
      path = { "credit_first", "not_money", "reflect_story", "still_angry",
               "not_fair", "more_to_it", "called_twice", "straight_answer",
               "ask_need", "ask_overnight", "one_machine", "ask_committee",
               "her_case", "root_cause", "summarize", "payoff_q", "propose_plan" },
      ending = "renew" },
    { name = "a slow, kind start and a passive close win a plain renewal",
      path = { "ack_first", "why_monday", "still_angry", "team_well",
               "more_to_it", "called_twice", "straight_answer", "ask_need",
               "ask_overnight", "noted", "ask_committee", "her_case", "root_cause",
               "summarize", "sorry_again", "her_ask" },
      ending = "renew", max = { overall = 90 } },
    { name = "skipping the root-cause promise keeps the renewal plain",
      path = { "ack_first", "reflect_story", "not_fair", "called_twice",
               "straight_answer", "ask_overnight", "one_machine", "ask_committee",
               "her_case", "ask_need", "summarize", "payoff_q", "propose_plan" },
      ending = "renew", min = { relationship_quality = 80 } },
    { name = "the root-cause promise stays locked until she mentions the warnings",
      path = { "tech_today", "why_monday", "team_well", "what_now" },
      not_offered = { "root_cause", "summarize" }, offered = { "ask_need" } },
  },
}
