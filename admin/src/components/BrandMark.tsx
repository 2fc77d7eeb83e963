/** The platform's emblem: a medical cross inside a gold ring (no official insignia is used). */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="#0b3f80" stroke="#f5c242" strokeWidth="3" />
      <path d="M27 15h10v12h12v10H37v12H27V37H15V27h12z" fill="#fff" />
    </svg>
  );
}
