import { useEffect, useState } from 'preact/hooks';
import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { Translate } from '../i18n.ts';

function voiceFor(lang: KioskLang): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
}

/** Shown only when the platform has a voice for the language (bg-BG on a Bulgarian screen). */
export function ReadAloud({ text, lang, t }: { text: string; lang: KioskLang; t: Translate }) {
  const [voice, setVoice] = useState(() => voiceFor(lang));
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return undefined;
    const update = () => setVoice(voiceFor(lang));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, [lang]);
  if (!voice) return null;
  const toggle = () => {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    speechSynthesis.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" class="button" aria-pressed={speaking} onClick={toggle}>
      {t(speaking ? 'guide.stopReading' : 'guide.readAloud')}
    </button>
  );
}
