/*
 * cli_new.c -- `rapport new`: write a starter scenario to edit.
 *
 * The template is a small but complete scenario whose comments teach the
 * format field by field.  It passes `rapport check --strict` as written
 * (tests/e2e/graph_new.sh checks that), so an author starts from something
 * that works and changes it one piece at a time, checking as they go.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_term.h"
#include "io/rp_fs.h"
#include "util/rp_buf.h"

/* Scenario ids name files and records: the same rule as scn_compile.c. */
#define NEW_ID_MAX 64

/* @ID@ and @TITLE@ are filled in.  Neither needs escaping inside a Lua
 * string: an id is [a-z0-9_-] and the title is made from the id. */
static const char TEMPLATE[] =
    "-- @ID@.lua: a starter scenario written by `rapport new`.\n"
    "--\n"
    "-- Make it your own call, then run (with its id, from the directory\n"
    "-- that holds scenarios/, or with the file's path):\n"
    "--   rapport check @ID@    problems, and what it teaches\n"
    "--   rapport play @ID@     play it as a trainee would\n"
    "--   rapport graph @ID@ --format svg -o @ID@.svg    its shape\n"
    "-- docs/authoring.md describes every field.\n"
    "--\n"
    "-- The story: a first discovery call with an operations head whose\n"
    "-- technicians lose hours to a bad schedule.  Listening, finding out\n"
    "-- what the problem costs and who decides earns trust and a pilot;\n"
    "-- pushing stalls the deal or loses it.\n"
    "--\n"
    "-- Write so that the wording never gives the answer away (`rapport\n"
    "-- check` plays your scenario with players that read only the wording,\n"
    "-- and warns when one of them does well):\n"
    "--   * every decision has a well-phrased option that is wrong for this\n"
    "--     prospect at this moment: a misheard number, a good question asked\n"
    "--     too early, a plan aimed at the wrong problem, a push dressed as a\n"
    "--     polite question;\n"
    "--   * the right move is often a statement (a plan, a plain answer), not\n"
    "--     always the question, the longest line or the first one;\n"
    "--   * give choices several wordings of the same move, text = { ... }:\n"
    "--     the session's seed picks one, so no answer key carries over.\n"
    "\n"
    "-- The decision that depends on the whole call, used as a `next`\n"
    "-- function below.  A function gets `s`, a read-only view of the\n"
    "-- session: s.trust (any meter), s.facts.X, s.visits.NODE,\n"
    "-- s.chose.CHOICE, s.turn.  A `next` function returns a node or\n"
    "-- ending id.\n"
    "local function after_pilot(s)\n"
    "  if s.trust >= 70 and s.facts.impact and s.facts.decision then\n"
    "    return \"won\"\n"
    "  elseif s.trust >= 30 then\n"
    "    return \"stalled\"\n"
    "  end\n"
    "  return \"lost\"\n"
    "end\n"
    "\n"
    "return scenario {\n"
    "  -- id: lowercase letters, digits, '-' and '_'.  Records and\n"
    "  -- `rapport play ID` use it: keep it stable once people play it.\n"
    "  id = \"@ID@\",\n"
    "  -- The fields below are what `rapport list` and the debrief show.\n"
    "  title = \"@TITLE@\",\n"
    "  module = \"discovery\",    -- the curriculum module it belongs to\n"
    "  difficulty = \"beginner\", -- beginner, intermediate or advanced\n"
    "  version = \"0.1\",         -- bump it when a choice's effect changes\n"
    "  minutes = 5,             -- estimated minutes to play\n"
    "  currency = \"USD\",        -- of the deal values in `endings`\n"
    "  shuffle = true,          -- show choices in a seeded order\n"
    "  -- The trainee reads the brief before the call.\n"
    "  brief = \"Ottilie Brannigan runs operations at Kestrel Home \"\n"
    "    .. \"Services, a plumbing and heating company with 40 \"\n"
    "    .. \"technicians. She agreed to a short call about your \"\n"
    "    .. \"scheduling software. Find out what is wrong with her \"\n"
    "    .. \"schedule, what it costs, and who decides.\",\n"
    "  prospect = {\n"
    "    name = \"Ottilie Brannigan\",\n"
    "    role = \"Head of Operations\",\n"
    "    company = \"Kestrel Home Services\",\n"
    "    persona = \"Practical and busy. Warms to people who ask good \"\n"
    "      .. \"questions and remember the answers; cools fast at a pitch.\",\n"
    "  },\n"
    "\n"
    "  -- Hidden meters the trainee never sees:\n"
    "  --   name = { start = N, min = N, max = N }.\n"
    "  -- Choices move them; functions and `requires` read them.\n"
    "  state = {\n"
    "    trust = { start = 30, min = 0, max = 100 },\n"
    "  },\n"
    "\n"
    "  -- Key facts the prospect can reveal: id = \"what the trainee\n"
    "  -- learns\".  A choice's `reveal` uncovers them; the debrief counts\n"
    "  -- them and :notes shows the ones learned.\n"
    "  facts = {\n"
    "    pain = \"Jobs are booked in the order customers call, so vans \"\n"
    "      .. \"criss-cross town and two or three technicians a day run \"\n"
    "      .. \"into overtime.\",\n"
    "    impact = \"Overtime and missed appointments cost about $9,000 a \"\n"
    "      .. \"month, and customers who wait all day leave bad reviews.\",\n"
    "    decision = \"Ottilie can run a trial herself, but anything over \"\n"
    "      .. \"$20,000 needs Casimir, the owner, who wants numbers first.\",\n"
    "  },\n"
    "\n"
    "  start = \"opening\", -- the first node\n"
    "\n"
    "  -- Nodes: id = { say = what the prospect says, choices = {...} }.\n"
    "  -- Node and ending ids share one namespace.\n"
    "  nodes = {\n"
    "    opening = {\n"
    "      say = \"Ottilie here. I've got fifteen minutes before the \"\n"
    "        .. \"trucks come back. What did you want to talk about?\",\n"
    "      choices = {\n"
    "        -- A choice: id (unique in its node); text (the trainee's\n"
    "        -- line, or a list of wordings); skills (points for empathy,\n"
    "        -- listening, problem_solving and pushing); state (meter\n"
    "        -- changes); reply (the prospect's reaction); next (a node or\n"
    "        -- ending id); coach (the debrief's note: why it helps or\n"
    "        -- hurts).\n"
    "        { id = \"busy_week\",\n"
    "          text = {\n"
    "            \"Fifteen minutes before the trucks are back sounds \"\n"
    "              .. \"tight. How has the week been for you so far?\",\n"
    "            \"Fifteen minutes before the trucks are back sounds \"\n"
    "              .. \"tight, so no rush from me. How has the week been \"\n"
    "              .. \"for you so far, with everything on your board?\",\n"
    "          },\n"
    "          skills = { empathy = 1 },\n"
    "          reply = \"'Busy,' she says, and waits.\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Friendly, but she gave you fifteen minutes and \"\n"
    "            .. \"asked what you wanted: small talk spends them \"\n"
    "            .. \"without learning anything.\" },\n"
    "        { id = \"agenda\",\n"
    "          -- Wordings of the same move: a question in one, a plain\n"
    "          -- statement in another, different lengths.\n"
    "          text = {\n"
    "            \"Thanks for the time. Before I say anything about us, \"\n"
    "              .. \"could you walk me through how a day's schedule \"\n"
    "              .. \"comes together?\",\n"
    "            \"Then I'll keep it short: I'd like to hear how a day's \"\n"
    "              .. \"schedule comes together before I say a word about \"\n"
    "              .. \"us.\",\n"
    "            \"Fair. How does a day's schedule come together?\",\n"
    "          },\n"
    "          skills = { empathy = 1, listening = 2 },\n"
    "          state = { trust = 15 },\n"
    "          reply = \"'Sure. It's a bit of a mess, honestly.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"An upfront agenda and an open request: you \"\n"
    "            .. \"asked about her world before talking about yours.\" },\n"
    "        { id = \"pitch\",\n"
    "          -- Pushing often sounds polite and is about \"you\".\n"
    "          text = {\n"
    "            \"Our scheduler cuts drive time by a fifth. Could I show \"\n"
    "              .. \"you in a quick demo?\",\n"
    "            \"Would it help if I showed you how crews like yours cut \"\n"
    "              .. \"drive time by a fifth? You'd see it on your own \"\n"
    "              .. \"board before the trucks come back, and judge for \"\n"
    "              .. \"yourself.\",\n"
    "          },\n"
    "          skills = { pushing = 3 },\n"
    "          state = { trust = -15 },\n"
    "          reply = \"'Everyone says a fifth,' she says, and checks the \"\n"
    "            .. \"time.\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Transactional pushing: a claim and a demo request \"\n"
    "            .. \"before you know whether she has the problem.\" },\n"
    "      },\n"
    "    },\n"
    "\n"
    "    -- A hub: questions that come back here.  once = true offers\n"
    "    -- each only until it is taken, so the call always moves on.\n"
    "    hub = {\n"
    "      -- A `say` function: the words depend on the session so far.\n"
    "      say = function(s)\n"
    "        if s.trust >= 50 then\n"
    "          return \"She pulls up the day's board. 'Ask away.'\"\n"
    "        end\n"
    "        return \"'So what else do you need to know?'\"\n"
    "      end,\n"
    "      choices = {\n"
    "        -- when: offered only while it returns true (here: before\n"
    "        -- she has named a problem, when this question is premature).\n"
    "        { id = \"early_payoff\",\n"
    "          when = function(s) return not s.facts.pain end,\n"
    "          text = {\n"
    "            \"If the schedule ran itself, what would you do with the \"\n"
    "              .. \"hours you'd get back?\",\n"
    "            \"Imagine the board filled itself in every morning. I'd \"\n"
    "              .. \"love to hear what that would be worth to you and \"\n"
    "              .. \"your crews.\",\n"
    "          },\n"
    "          skills = { problem_solving = 1 },\n"
    "          state = { trust = -5 },\n"
    "          reply = \"'I'd have to know it was broken first,' she says.\",\n"
    "          next = \"hub\",\n"
    "          once = true,\n"
    "          coach = \"A need-payoff question before the problem: what \"\n"
    "            .. \"fixing it is worth means nothing until she has said \"\n"
    "            .. \"what is wrong.\" },\n"
    "        { id = \"close_now\",\n"
    "          text = {\n"
    "            \"Sounds like you need us. Shall I send the contract over \"\n"
    "              .. \"today?\",\n"
    "            \"Would it save you time if I sent the paperwork over \"\n"
    "              .. \"today, so you're set before the busy season?\",\n"
    "            \"Sounds like you need us, so I'll send the paperwork \"\n"
    "              .. \"over today and you'll be all set before the busy \"\n"
    "              .. \"season starts.\",\n"
    "          },\n"
    "          skills = { pushing = 3 },\n"
    "          state = { trust = -20 },\n"
    "          reply = \"'Let's not get ahead of ourselves.'\",\n"
    "          -- `state` applies before `next` runs: s.trust is already\n"
    "          -- 20 lower here.\n"
    "          next = function(s)\n"
    "            if s.trust >= 30 then return \"stalled\" end\n"
    "            return \"lost\"\n"
    "          end,\n"
    "          coach = \"Transactional pushing: asking for the order \"\n"
    "            .. \"before she agreed there is a problem worth paying \"\n"
    "            .. \"for.\" },\n"
    "        { id = \"ask_pain\", once = true,\n"
    "          text = {\n"
    "            \"What happens on a day when the schedule goes wrong?\",\n"
    "            \"Tell me about the last day the schedule went wrong.\",\n"
    "          },\n"
    "          skills = { listening = 2 },\n"
    "          state = { trust = 10 },\n"
    "          reveal = { \"pain\" }, -- uncovers the fact `pain`\n"
    "          reply = \"'Every day. Jobs go in as people call, so the \"\n"
    "            .. \"vans zigzag across town and someone always ends up \"\n"
    "            .. \"in overtime.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"A problem question: she describes what hurts in \"\n"
    "            .. \"her own words.\" },\n"
    "        -- requires: offered only once `pain` is known (meters too:\n"
    "        -- trust = 40 means at least 40).  unavailable: show it\n"
    "        -- locked in practice with this hint instead of hiding it;\n"
    "        -- never name the move or a fact the trainee hasn't heard.\n"
    "        -- (when = function(s) ... end is the general form.)\n"
    "        { id = \"ask_impact\", once = true, requires = { \"pain\" },\n"
    "          unavailable = \"Not yet.\",\n"
    "          text = {\n"
    "            \"What does all that overtime add up to in a month?\",\n"
    "            \"Let's put a number on the overtime: roughly what it \"\n"
    "              .. \"comes to in a month.\",\n"
    "          },\n"
    "          skills = { listening = 1, problem_solving = 3 },\n"
    "          state = { trust = 10 },\n"
    "          reveal = { \"impact\" },\n"
    "          next = \"cost\",\n"
    "          coach = \"An implication question: now she has put a \"\n"
    "            .. \"number on the problem, and so have you.\" },\n"
    "        { id = \"wrong_cause\", once = true, requires = { \"pain\" },\n"
    "          text = {\n"
    "            \"So the vans zigzag because dispatch is short-staffed. \"\n"
    "              .. \"Have you thought about another dispatcher?\",\n"
    "            \"If dispatch is the bottleneck, would a second \"\n"
    "              .. \"dispatcher stop the zigzagging and the overtime?\",\n"
    "          },\n"
    "          skills = { listening = -1, problem_solving = 1 },\n"
    "          state = { trust = -5 },\n"
    "          reply = \"'Dispatch isn't the problem,' she says. 'The \"\n"
    "            .. \"order the jobs go in is.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"A fix for a problem she didn't describe: she said \"\n"
    "            .. \"jobs go in the order people call, not that dispatch \"\n"
    "            .. \"is short of people.\" },\n"
    "        { id = \"ask_decision\", once = true,\n"
    "          text = {\n"
    "            \"If you wanted to change how scheduling works, who else \"\n"
    "              .. \"would want a say?\",\n"
    "            \"Who besides you would have a say in changing how the \"\n"
    "              .. \"schedule works?\",\n"
    "          },\n"
    "          skills = { listening = 1, problem_solving = 1 },\n"
    "          state = { trust = 5 },\n"
    "          reveal = { \"decision\" },\n"
    "          reply = \"'Casimir, the owner, for anything big. He likes \"\n"
    "            .. \"numbers.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Mapping the decision: you learned who signs \"\n"
    "            .. \"before proposing anything.\" },\n"
    "        { id = \"propose\", requires = { \"pain\" },\n"
    "          text = {\n"
    "            \"Could I suggest a next step based on what you've told \"\n"
    "              .. \"me?\",\n"
    "            \"Let me suggest a next step.\",\n"
    "          },\n"
    "          skills = { problem_solving = 1 },\n"
    "          next = \"next_steps\",\n"
    "          coach = \"Moving to a next step: right once you know the \"\n"
    "            .. \"problem, its cost and who decides; too early \"\n"
    "            .. \"otherwise.\" },\n"
    "      },\n"
    "    },\n"
    "\n"
    "    cost = {\n"
    "      say = \"She does the sum. 'Nine thousand a month, give or \"\n"
    "        .. \"take. And the reviews: people hate waiting in all day.'\",\n"
    "      choices = {\n"
    "        { id = \"jump_in\",\n"
    "          text = {\n"
    "            \"We could save you most of that. Want to see how?\",\n"
    "            \"Would it help to see how we'd save you most of that?\",\n"
    "          },\n"
    "          skills = { pushing = 2 },\n"
    "          state = { trust = -5 },\n"
    "          reply = \"'Maybe. Let me finish first.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Transactional pushing: she had just shared a \"\n"
    "            .. \"painful number and you turned it into a pitch.\" },\n"
    "        { id = \"misheard\",\n"
    "          -- A polished wrong option: the right kind of move with a\n"
    "          -- fact remembered wrong.  Points may be negative.\n"
    "          text = {\n"
    "            \"Nine hundred a month isn't nothing, and the reviews \"\n"
    "              .. \"from people waiting in all day for a van that \"\n"
    "              .. \"never comes must sting too.\",\n"
    "            \"So nine hundred a month in overtime, plus the reviews \"\n"
    "              .. \"from customers left waiting. That adds up fast.\",\n"
    "            \"Nine hundred a month? That isn't nothing.\",\n"
    "          },\n"
    "          skills = { empathy = 1, listening = -1 },\n"
    "          state = { trust = -10 },\n"
    "          reply = \"'Nine thousand,' she says. 'Nine hundred I \"\n"
    "            .. \"wouldn't have called you about.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"A reflection with the number wrong: she said nine \"\n"
    "            .. \"thousand. Playing back a fact wrongly tells her you \"\n"
    "            .. \"weren't listening.\" },\n"
    "        { id = \"reflect\",\n"
    "          text = {\n"
    "            \"That's a lot of late evenings for your technicians, \"\n"
    "              .. \"and a lot of angry customers for you.\",\n"
    "            \"Late evenings for the crews, angry reviews for you.\",\n"
    "            \"Nine thousand a month, plus reviews from people who \"\n"
    "              .. \"waited in all day: late evenings for the crews, \"\n"
    "              .. \"and angry customers for you.\",\n"
    "          },\n"
    "          skills = { empathy = 2, listening = 1 },\n"
    "          state = { trust = 5 },\n"
    "          reply = \"'It is. Thanks for getting that.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Active listening: you reflected what the problem \"\n"
    "            .. \"means to her, and got the number right.\" },\n"
    "      },\n"
    "    },\n"
    "\n"
    "    next_steps = {\n"
    "      say = \"'Go on then. What would you suggest?'\",\n"
    "      choices = {\n"
    "        { id = \"discount\",\n"
    "          text = {\n"
    "            \"If you sign this week I can take fifteen percent off.\",\n"
    "            \"Would fifteen percent off help, if you can sign this \"\n"
    "              .. \"week?\",\n"
    "          },\n"
    "          skills = { pushing = 3 },\n"
    "          state = { trust = -15 },\n"
    "          next = \"stalled\",\n"
    "          coach = \"Transactional pushing: a discount answers a price \"\n"
    "            .. \"objection she never raised.\" },\n"
    "        { id = \"all_crews\",\n"
    "          text = {\n"
    "            \"Let's move all forty technicians onto the new schedule \"\n"
    "              .. \"at once, so the overtime and the bad reviews stop \"\n"
    "              .. \"everywhere from day one, not just for one crew.\",\n"
    "            \"Why not switch every crew over next month, all at once? \"\n"
    "              .. \"Then nobody has to run two systems side by side.\",\n"
    "          },\n"
    "          skills = { problem_solving = 1 },\n"
    "          state = { trust = -10 },\n"
    "          next = \"stalled\",\n"
    "          coach = \"A bold plan for the wrong decision: anything over \"\n"
    "            .. \"$20,000 needs the owner, who wants numbers first. A \"\n"
    "            .. \"trial she can run herself is what she can say yes \"\n"
    "            .. \"to.\" },\n"
    "        { id = \"pilot\",\n"
    "          -- The right move can name the product: here it is the\n"
    "          -- plan she asked for.\n"
    "          text = {\n"
    "            \"Let's schedule one crew with our tool for two weeks \"\n"
    "              .. \"and measure the overtime, so you can show Casimir \"\n"
    "              .. \"real numbers.\",\n"
    "            \"One crew, two weeks, overtime measured: numbers for \"\n"
    "              .. \"the owner.\",\n"
    "            \"Here's what I'd suggest: one crew on our tool for two \"\n"
    "              .. \"weeks, the overtime measured before and after, for \"\n"
    "              .. \"Casimir to see.\",\n"
    "          },\n"
    "          skills = { empathy = 1, problem_solving = 3 },\n"
    "          next = after_pilot, -- a function decides (see the top)\n"
    "          coach = \"A proposal built from her words: her problem, \"\n"
    "            .. \"her number, and what her owner needs to see.\" },\n"
    "        { id = \"brochure\",\n"
    "          text = {\n"
    "            \"I'll email you our brochure and call again next week.\",\n"
    "            \"I'll send you some reading and check in next week.\",\n"
    "          },\n"
    "          skills = { problem_solving = -1 }, -- points may be negative\n"
    "          next = \"stalled\",\n"
    "          coach = \"A passive close: it asks nothing of her and gives \"\n"
    "            .. \"her nothing new to act on.\" },\n"
    "      },\n"
    "    },\n"
    "  },\n"
    "\n"
    "  -- Endings: where the call stops.  outcome: result (won, stalled\n"
    "  -- or lost), deal_value, days_to_close (omit it when the deal\n"
    "  -- never closes).  Reward the relationship: the better the call,\n"
    "  -- the bigger the deal.\n"
    "  endings = {\n"
    "    won = {\n"
    "      say = \"Ottilie books the pilot and puts a review with Casimir \"\n"
    "        .. \"in the diary for the end of it.\",\n"
    "      outcome = { result = \"won\", deal_value = 36000,\n"
    "                  days_to_close = 21 },\n"
    "    },\n"
    "    stalled = {\n"
    "      say = \"Ottilie says she'll think about it. She doesn't reply \"\n"
    "        .. \"to your follow-up.\",\n"
    "      outcome = { result = \"stalled\", deal_value = 0 },\n"
    "    },\n"
    "    lost = {\n"
    "      say = \"Ottilie thanks you for your time and picks another \"\n"
    "        .. \"vendor the week after.\",\n"
    "      outcome = { result = \"lost\" },\n"
    "    },\n"
    "  },\n"
    "}\n";

static bool valid_id(const char *id) {
  size_t n = strlen(id);
  if (n == 0 || n > NEW_ID_MAX)
    return false;
  for (const char *p = id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
          *p == '_'))
      return false;
  return true;
}

/* "my-call" -> "My call": a readable placeholder the author will replace. */
static void add_title(rp_buf *b, const char *id) {
  for (const char *p = id; *p; p++) {
    char c = *p == '-' || *p == '_' ? ' ' : *p;
    if (p == id && c >= 'a' && c <= 'z')
      c = (char)(c - 'a' + 'A');
    rp_buf_add(b, &c, 1);
  }
}

static void render(rp_buf *b, const char *id) {
  const char *p = TEMPLATE;
  while (*p) {
    if (strncmp(p, "@ID@", 4) == 0) {
      rp_buf_puts(b, id);
      p += 4;
    } else if (strncmp(p, "@TITLE@", 7) == 0) {
      add_title(b, id);
      p += 7;
    } else {
      const char *q = strchr(p + 1, '@');
      size_t n = q != NULL ? (size_t)(q - p) : strlen(p);
      rp_buf_add(b, p, n);
      p += n;
    }
  }
}

/* Creates path holding the len bytes at data, never overwriting: the file
 * appears whole (temporary file, fsync, link) or not at all. */
static rp_status create_new(const char *path, const char *data, size_t len,
                            rp_error *err) {
  rp_status st = rp_fs_write_new(path, data, len, err);
  if (st == RP_EINPUT)
    return rp_fail(err, RP_EINPUT,
                   "%s already exists; rapport new never overwrites a file "
                   "(choose another ID, or -o FILE)",
                   path);
  return st;
}

typedef struct new_args {
  const char *file;
} new_args;

const cli_option cli_new_options[] = {
    CLI_STRING('o', NULL, new_args, file, "FILE", 0,
               "write FILE instead of scenarios/ID.lua"),
    CLI_END};

int cli_new(int argc, char **argv) {
  new_args opt = {NULL};
  int n;
  if (cli_parse("new", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("new", "which id? e.g. rapport new renewal-call");
  if (n > 1)
    return cli_usage("new", "one scenario at a time");
  const char *id = argv[0], *file = opt.file;
  if (!valid_id(id))
    return cli_usage("new",
                     "'%s' is not a scenario id: use 1 to %d lowercase "
                     "letters, digits, '-' and '_'",
                     id, NEW_ID_MAX);

  rp_error err;
  rp_buf path = RP_BUF_INIT, text = RP_BUF_INIT;
  if (file != NULL)
    rp_buf_puts(&path, file);
  else
    rp_buf_printf(&path, "scenarios/%s.lua", id);
  render(&text, id);
  rp_status st = RP_OK;
  if (rp_buf_failed(&path) || rp_buf_failed(&text))
    st = rp_fail(&err, RP_ENOMEM, "out of memory");
  else if (file == NULL)
    st = rp_fs_mkdirs("scenarios", &err);
  if (st == RP_OK)
    st = create_new(rp_buf_str(&path), rp_buf_str(&text), text.len, &err);
  if (st == RP_OK)
    cli_printf(stderr,
               "Wrote %s: a starter scenario with id '%s'.\n"
               "Next: edit it, then run 'rapport check %s' and "
               "'rapport play %s'.\n",
               rp_buf_str(&path), id, rp_buf_str(&path), rp_buf_str(&path));
  else
    cli_error("%s", err.msg);
  rp_buf_free(&path);
  rp_buf_free(&text);
  return cli_exit(st);
}
