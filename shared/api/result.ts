import type { ValidationIssue } from '../model/validation'

export type ApiErrorCode =
  'validation' | 'not_found' | 'conflict' | 'bad_file' | 'newer_version' | 'unknown_method' | 'internal'

export interface ApiError {
  code: ApiErrorCode
  message: string
  /** Field-level problems, for messages shown next to the field or cell. */
  issues?: ValidationIssue[]
}

/** What every API call returns; raw exceptions never cross the boundary. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export const ok = <T>(data: T): ApiResult<T> => ({ ok: true, data })
export const fail = (code: ApiErrorCode, message: string, issues?: ValidationIssue[]): ApiResult<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})
