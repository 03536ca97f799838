export default async function teardown() {
  const pg = globalThis.__JOBUNIVERS_TEST_PG__;
  if (pg) await pg.stop();
}
