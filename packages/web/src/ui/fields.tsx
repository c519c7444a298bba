import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * Every input has a visible <label>, its hint and its error tied to it with
 * aria-describedby, so a screen reader (and a test by label) finds them.
 */
interface FieldFrame {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

export function describedBy(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, extra ?? null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's own hint followed by how to write its value ("jj/mm/aaaa", "hh:mm"), or that alone. */
export function withFormatHint(hint: ReactNode, formatHint: ReactNode): ReactNode {
  return hint ? (
    <>
      {hint} {formatHint}
    </>
  ) : (
    formatHint
  );
}

/** The label, hint and error around a control of one's own (a highlighted text area). */
export function Frame({ id, label, error, hint, required, className, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      {/* The mark stays outside the <label>, so the field's name is exactly its label ("Nom", not "Nom *"); aria-required tells assistive tech. */}
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & { ref?: Ref<HTMLInputElement> };

export function TextField({ id, label, error, hint, required, className, 'aria-describedby': extra, ...input }: InputProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <input
        id={id}
        name={input.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error, extra)}
        {...input}
      />
    </Frame>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ id, label, error, hint, required, className, rows = 3, 'aria-describedby': extra, ...textarea }: TextAreaProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <textarea
        id={id}
        name={textarea.name ?? id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error, extra)}
        {...textarea}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & { options: readonly Option[] };

export function SelectField({ id, label, error, hint, required, className, options, 'aria-describedby': extra, ...select }: SelectProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <select
        id={id}
        name={select.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error, extra)}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
