import type { ReactNode } from 'react';

/** A field in the inspector's column layout whose label wraps its control (a number, a step). */
export function FieldRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label>
        {label}
        {children}
      </label>
    </div>
  );
}
