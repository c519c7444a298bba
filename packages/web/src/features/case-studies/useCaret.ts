import { type ChangeEvent, useState } from 'react';

/** Where the caret (or the selection) stands in a text field, followed as the coach types, clicks, taps or selects. */
export function useCaret() {
  const [range, setRange] = useState({ from: 0, to: 0 });
  const track = (e: { currentTarget: HTMLTextAreaElement | HTMLInputElement }) => setRange({ from: e.currentTarget.selectionStart ?? 0, to: e.currentTarget.selectionEnd ?? 0 });
  /** What a field needs to report both its text and its caret. */
  const fieldProps = (onValue: (value: string) => void) => ({
    onChange: (e: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      onValue(e.target.value);
      track(e);
    },
    onSelect: track,
    onClick: track,
  });
  return { range, setRange, track, fieldProps };
}

/** A field's caret, as `useCaret` follows it. */
export type Caret = ReturnType<typeof useCaret>;
