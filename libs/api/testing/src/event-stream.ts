/**
 * A client of a server-sent event stream (`GET …/me/live`): `until(pattern)` reads until the text so
 * far matches (or `ms` pass) and returns it; `close()` hangs up.
 */
export async function openEventStream(
  url: string,
  cookie: string,
  ms = 10_000,
): Promise<{
  status: number;
  contentType: string | null;
  until: (pattern: RegExp) => Promise<string>;
  close: () => void;
}> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const until = async (pattern: RegExp) => {
    const deadline = Date.now() + ms;
    while (!pattern.test(text) && Date.now() < deadline) {
      const next = await Promise.race([
        reader.read(),
        new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now())),
      ]);
      if (!next || next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
    return text;
  };
  return { status: res.status, contentType: res.headers.get('content-type'), until, close: () => controller.abort() };
}
