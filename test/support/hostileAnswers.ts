/**
 * The worst answers a Graph endpoint, a proxy or a stand-in can give within the read cap: pages
 * that are not JSON, JSON nested as deep as the size allows, long lines, long strings, many keys,
 * long `messages` lists. Each is `size` characters or a little less, and says whether it accepts
 * the event (a JSON object counting `events_received` ≥ 1, which a 2xx makes a success).
 */
export interface HostileAnswer {
  name: string;
  text: string;
  accepts: boolean;
}

/** `unit` repeated between `head` and `tail`, to `size` characters at most. */
const fill = (head: string, unit: string, tail: string, size: number) =>
  head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail;
/** `open` and `close` around `inner` as many times as fit in `size` characters beside `head` and `tail`. */
const nest = (head: string, open: string, inner: string, close: string, tail: string, size: number) => {
  const times = Math.floor((size - head.length - inner.length - tail.length) / (open.length + close.length));
  return head + open.repeat(times) + inner + close.repeat(times) + tail;
};

export function hostileAnswers(size: number): HostileAnswer[] {
  const accepted = '{"events_received":1,"fbtrace_id":"H1","messages":';
  const answers: Omit<HostileAnswer, 'accepts'>[] = [
    { name: 'unclosed <, the whole answer', text: '<'.repeat(size) },
    { name: 'unclosed < and spaces', text: fill('', '< ', '', size) },
    { name: 'empty tags', text: fill('', '<a>', '', size) },
    { name: 'a tag closed at the very end', text: fill('<', 'x<', '>', size) },
    { name: 'one long line of text', text: 'a'.repeat(size) },
    { name: 'white space, then one letter', text: fill('', ' ', 'x', size) },
    { name: 'an unclosed <, then white space', text: fill('<', ' ', 'x', size) },
    { name: 'a JSON string of <', text: fill('"', '<', '"', size) },
    { name: 'a JSON list nested to the size', text: nest('', '[', '', ']', '', size) },
    {
      name: 'an error nesting a list',
      text: nest('{"error":{"code":100,"message":"m","x":', '[', '', ']', '}}', size),
    },
    { name: 'an error with a long message', text: fill('{"error":{"code":2,"message":"', 'x', '"}}', size) },
    {
      name: 'events_received 0 and one long message',
      text: fill('{"events_received":0,"messages":["', 'x', '"]}', size),
    },
    { name: 'escaped quotes in a message', text: fill('{"events_received":0,"messages":["', '\\"', '"]}', size) },
  ];
  const accepting: Omit<HostileAnswer, 'accepts'>[] = [
    {
      name: 'accepted, messages nested 2,000 deep',
      text: `${accepted}${'['.repeat(2000)}"m"${']'.repeat(2000)}}`,
    },
    { name: 'accepted, messages nested to the size', text: nest(accepted, '[', '"m"', ']', '}', size) },
    { name: 'accepted, objects nested to the size', text: nest(`${accepted}[`, '{"a":', '1', '}', ']}', size) },
    { name: 'accepted, many keys', text: fill('{"events_received":1', ',"k0000000":0', '}', size) },
    { name: 'accepted, a message of many keys', text: fill(`${accepted}[{`, '"k0000000":0,', '"z":0}]}', size) },
    { name: 'accepted, a long messages list', text: fill(`${accepted}[`, '0,', '0]}', size) },
    { name: 'accepted, one long message', text: fill(`${accepted}["`, 'x', '"]}', size) },
    { name: 'accepted, a message with a __proto__ key', text: `${accepted}[{"__proto__":{"polluted":1}}]}` },
  ];
  return [
    ...answers.map((answer) => ({ ...answer, accepts: false })),
    ...accepting.map((answer) => ({ ...answer, accepts: true })),
  ];
}
