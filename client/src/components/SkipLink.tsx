/** The first thing a keyboard user reaches: straight past the header to the page's content. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to main content
    </a>
  );
}
