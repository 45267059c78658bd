/**
 * A response body as tests read it. Tests assert on shapes with `expect`, which is the check; a
 * loose type here spares every test a cast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export async function jsonOf(response: Response | Promise<Response>): Promise<JsonBody> {
  return (await response).json();
}
