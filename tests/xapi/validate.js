// validate.js -- checks every statement in a JSON array with Learning
// Locker's xAPI 1.0.3 validator; prints one line per problem and exits 1
// when there is any.  Usage: node validate.js statements.json
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const file = process.argv[2];
const statements = JSON.parse(fs.readFileSync(file, 'utf8'));
if (!Array.isArray(statements)) {
  console.log(`${file}: not a JSON array of statements`);
  process.exit(1);
}
let problems = 0;
statements.forEach((s, i) => {
  // The validator returns its warnings (an empty array when valid).
  let warnings;
  try {
    warnings = validate(s);
  } catch (e) {
    warnings = [e];
  }
  if (!Array.isArray(warnings)) warnings = [{ name: 'unexpected result' }];
  for (const w of warnings) {
    problems++;
    const where = (w.path || []).join('.');
    const what = w.name || (w.constructor && w.constructor.name);
    const detail = w.data !== undefined ? ` (${JSON.stringify(w.data).slice(0, 80)})` : '';
    console.log(`statement ${i} (${s.verb && s.verb.id}): ${where}: ${what}${detail}`);
  }
});
console.log(`${statements.length} statements, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
