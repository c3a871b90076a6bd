/** A quiet sign that something is happening: three dots that brighten slowly (still if motion is reduced). */
export function Spinner({ label }: { label?: string }) {
  return (
    <span
      className="spinner"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <span className="spinner__dot" />
      <span className="spinner__dot" />
      <span className="spinner__dot" />
    </span>
  );
}
