const {Client}=require("pg");(async()=>{const c=new Client(`postgres://jobunivers:${require('fs').readFileSync('.data/scale/postgres.password','utf8').trim()}@127.0.0.1:${process.argv[2]}/jobunivers`);await c.connect();
console.log((await c.query(`select pid, backend_type, state, left(query,80) q from pg_stat_activity where backend_type like 'autovacuum%' or query ilike '%vacuum%'`)).rows);
console.log((await c.query(`show shared_buffers`)).rows, (await c.query(`select relname, last_autovacuum, last_vacuum, n_ins_since_vacuum from pg_stat_user_tables order by n_ins_since_vacuum desc limit 6`)).rows);
await c.end()})()
