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
    "  brief = \"Priya Natarajan runs operations at Kestrel Home \"\n"
    "    .. \"Services, a plumbing and heating company with 40 \"\n"
    "    .. \"technicians. She agreed to a short call about your \"\n"
    "    .. \"scheduling software. Find out what is wrong with her \"\n"
    "    .. \"schedule, what it costs, and who decides.\",\n"
    "  prospect = {\n"
    "    name = \"Priya Natarajan\",\n"
    "    role = \"Head of Operations\",\n"
    "    company = \"Kestrel Home Services\",\n"
    "    persona = \"Practical and busy. Warms to people who ask good \"\n"
    "      .. \"questions; cools fast at a sales pitch.\",\n"
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
    "    decision = \"Priya can run a trial herself, but anything over \"\n"
    "      .. \"$20,000 needs Tom, the owner, who wants numbers first.\",\n"
    "  },\n"
    "\n"
    "  start = \"opening\", -- the first node\n"
    "\n"
    "  -- Nodes: id = { say = what the prospect says, choices = {...} }.\n"
    "  -- Node and ending ids share one namespace.\n"
    "  nodes = {\n"
    "    opening = {\n"
    "      say = \"Priya here. I've got fifteen minutes before the trucks \"\n"
    "        .. \"come back. What did you want to talk about?\",\n"
    "      choices = {\n"
    "        -- A choice: id (unique in its node); text (the trainee's\n"
    "        -- line); skills (points for empathy, listening,\n"
    "        -- problem_solving and pushing); state (meter changes);\n"
    "        -- reply (the prospect's reaction); next (a node or ending\n"
    "        -- id); coach (the debrief's note: why it helps or hurts).\n"
    "        { id = \"agenda\",\n"
    "          text = \"Thanks for the time. Before I say anything about \"\n"
    "            .. \"us, could you walk me through how a day's schedule \"\n"
    "            .. \"comes together?\",\n"
    "          skills = { empathy = 1, listening = 2 },\n"
    "          state = { trust = 15 },\n"
    "          reply = \"'Sure. It's a bit of a mess, honestly.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"An upfront agenda and an open question: you \"\n"
    "            .. \"asked about her world before talking about yours.\" },\n"
    "        { id = \"pitch\",\n"
    "          text = \"Our scheduler cuts drive time by a fifth. Could I \"\n"
    "            .. \"show you in a quick demo?\",\n"
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
    "        { id = \"ask_pain\", once = true,\n"
    "          text = \"What happens on a day when the schedule goes \"\n"
    "            .. \"wrong?\",\n"
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
    "        -- locked with this hint instead of hiding it.  (when =\n"
    "        -- function(s) ... end is the general form.)\n"
    "        { id = \"ask_impact\", once = true, requires = { \"pain\" },\n"
    "          unavailable = \"You don't know her problem yet.\",\n"
    "          text = \"What does all that overtime add up to in a month?\",\n"
    "          skills = { listening = 1, problem_solving = 3 },\n"
    "          state = { trust = 10 },\n"
    "          reveal = { \"impact\" },\n"
    "          next = \"cost\",\n"
    "          coach = \"An implication question: now she has put a \"\n"
    "            .. \"number on the problem, and so have you.\" },\n"
    "        { id = \"ask_decision\", once = true,\n"
    "          text = \"If you wanted to change how scheduling works, who \"\n"
    "            .. \"else would want a say?\",\n"
    "          skills = { listening = 1, problem_solving = 1 },\n"
    "          state = { trust = 5 },\n"
    "          reveal = { \"decision\" },\n"
    "          reply = \"'Tom, the owner, for anything big. He likes \"\n"
    "            .. \"numbers.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Mapping the decision: you learned who signs \"\n"
    "            .. \"before proposing anything.\" },\n"
    "        { id = \"propose\", requires = { \"pain\" },\n"
    "          text = \"Could I suggest a next step based on what you've \"\n"
    "            .. \"told me?\",\n"
    "          skills = { problem_solving = 1 },\n"
    "          next = \"next_steps\",\n"
    "          coach = \"Moving to a next step: right once you know the \"\n"
    "            .. \"problem, its cost and who decides; too early \"\n"
    "            .. \"otherwise.\" },\n"
    "        { id = \"close_now\",\n"
    "          text = \"Sounds like you need us. Shall I send the contract \"\n"
    "            .. \"over today?\",\n"
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
    "      },\n"
    "    },\n"
    "\n"
    "    cost = {\n"
    "      say = \"She does the sum. 'Nine thousand a month, give or \"\n"
    "        .. \"take. And the reviews: people hate waiting in all day.'\",\n"
    "      choices = {\n"
    "        { id = \"reflect\",\n"
    "          text = \"That's a lot of late evenings for your \"\n"
    "            .. \"technicians, and a lot of angry customers for you.\",\n"
    "          skills = { empathy = 2, listening = 1 },\n"
    "          state = { trust = 5 },\n"
    "          reply = \"'It is. Thanks for getting that.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Active listening: you reflected what the problem \"\n"
    "            .. \"means to her, not just the number.\" },\n"
    "        { id = \"jump_in\",\n"
    "          text = \"We could save you most of that. Want to see how?\",\n"
    "          skills = { pushing = 2 },\n"
    "          state = { trust = -5 },\n"
    "          reply = \"'Maybe. Let me finish first.'\",\n"
    "          next = \"hub\",\n"
    "          coach = \"Transactional pushing: she had just shared a \"\n"
    "            .. \"painful number and you turned it into a pitch.\" },\n"
    "      },\n"
    "    },\n"
    "\n"
    "    next_steps = {\n"
    "      say = \"'Go on then. What would you suggest?'\",\n"
    "      choices = {\n"
    "        { id = \"pilot\",\n"
    "          text = \"Let's schedule one crew with our tool for two \"\n"
    "            .. \"weeks and measure the overtime, so you can show Tom \"\n"
    "            .. \"real numbers.\",\n"
    "          skills = { empathy = 1, problem_solving = 3 },\n"
    "          next = after_pilot, -- a function decides (see the top)\n"
    "          coach = \"A proposal built from her words: her problem, \"\n"
    "            .. \"her number, and what her owner needs to see.\" },\n"
    "        { id = \"discount\",\n"
    "          text = \"If you sign this week I can take fifteen percent \"\n"
    "            .. \"off.\",\n"
    "          skills = { pushing = 3 },\n"
    "          state = { trust = -15 },\n"
    "          next = \"stalled\",\n"
    "          coach = \"Transactional pushing: a discount answers a price \"\n"
    "            .. \"objection she never raised.\" },\n"
    "        { id = \"brochure\",\n"
    "          text = \"I'll email you our brochure and call again next \"\n"
    "            .. \"week.\",\n"
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
    "      say = \"Priya books the pilot and puts a review with Tom in \"\n"
    "        .. \"the diary for the end of it.\",\n"
    "      outcome = { result = \"won\", deal_value = 36000,\n"
    "                  days_to_close = 21 },\n"
    "    },\n"
    "    stalled = {\n"
    "      say = \"Priya says she'll think about it. She doesn't reply to \"\n"
    "        .. \"your follow-up.\",\n"
    "      outcome = { result = \"stalled\", deal_value = 0 },\n"
    "    },\n"
    "    lost = {\n"
    "      say = \"Priya thanks you for your time and picks another \"\n"
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
