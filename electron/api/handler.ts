import type { z } from 'zod'
import type { Contract, Method, Result } from '../../shared/api/contract'
import type { ApiContext } from './context'

/** Params after the contract's schema parsed them. */
export type ParsedParams<M extends Method> = z.output<Contract[M]['params']>

type Handler<M extends Method> = (ctx: ApiContext, params: ParsedParams<M>) => Result<M> | Promise<Result<M>>

/** Handlers of one or more areas; the registry merges them. */
export type HandlerMap = { [M in Method]?: Handler<M> }
