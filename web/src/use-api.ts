import { useEffect, useState } from 'react'
import { get } from './api.ts'

export interface Loaded<T> {
  data: T | undefined
  error: string | undefined
  loading: boolean
}

/** Fetches an API answer when the path or parameters change; a stale answer never overwrites a newer one. */
export function useApi<T>(
  path: string | undefined,
  params: Record<string, string | number | undefined> = {},
) {
  const key = path === undefined ? '' : `${path}?${JSON.stringify(params)}`
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: true })
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for path and params
  useEffect(() => {
    if (path === undefined) return
    let current = true
    setState((s) => ({ ...s, loading: true, error: undefined }))
    get<T>(path, params).then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: Error) => current && setState({ data: undefined, error: error.message, loading: false }),
    )
    return () => {
      current = false
    }
  }, [key])
  return state
}
