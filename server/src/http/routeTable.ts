/**
 * Routes registered from the shared table (shared/src/protocol/http.ts): the method and path come
 * from it, and a body is read with its schema, so the server and its callers cannot drift apart.
 */
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { HTTP_ROUTES, type HttpRoute } from '@cb/shared/protocol';
import { parseInput } from '../errors.ts';

type Handler = (req: Request, res: Response) => Promise<void>;

export function on(router: Router, route: HttpRoute, handler: Handler): void {
  const { method, path } = HTTP_ROUTES[route];
  if (method === 'GET') router.get(path, handler);
  else if (method === 'POST') router.post(path, handler);
  else if (method === 'PUT') router.put(path, handler);
  else router.delete(path, handler);
}

type BodySchema<R extends HttpRoute> = Extract<(typeof HTTP_ROUTES)[R]['body'], z.ZodType>;

/** The request's body, validated with the route's schema (plain field messages when it fails). */
export function bodyOf<R extends HttpRoute>(route: R, req: Request): z.output<BodySchema<R>> {
  const schema = HTTP_ROUTES[route].body;
  if (!schema) throw new Error(`The route ${route} takes no body.`);
  return parseInput(schema as BodySchema<R>, req.body);
}
