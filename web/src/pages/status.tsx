/** What a page shows while its data loads. */
export function Loading() {
  return (
    <p className="status" role="status">
      Loading…
    </p>
  )
}

/** What a page shows when the server answered with an error. */
export function Failure({ message }: { message: string }) {
  return (
    <p className="status error" role="alert">
      {message}
    </p>
  )
}
