import type { ComponentChildren } from 'preact';

export interface FieldProps {
  /** The control's id; its label, hint and error ids derive from it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Renders the control; gets the attributes that tie it to its label, hint and error. */
  children: (aria: FieldAria) => ComponentChildren;
}

export interface FieldAria {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** A labelled control with its hint and its error message tied to it for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy })}
      {hint ? (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
