// Preloaded into the API (`node -r`) by the national-scale bench's capture phase only: appends every
// SQL statement the API sends (text + parameters) as a JSON line to $CAPTURE_SQL_FILE, so the raw
// baseline can run exactly the same statements. Never loaded into a measured run.
const { appendFileSync } = require('node:fs');
const pg = require(require.resolve('pg', { paths: [process.cwd()] }));
const file = process.env.CAPTURE_SQL_FILE;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function capture(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  const params = Array.isArray(values) ? values : config?.values;
  if (file && text) appendFileSync(file, JSON.stringify({ text, values: params ?? [] }) + '\n');
  return query.apply(this, arguments);
};
