import { datelineCity, sameParagraph, storyCity, type Sentence } from './sentences.js';
import { gated } from './gate.js';

/**
 * The words before "court" that name its place, rank or kind ("the Specialised Inter-District Criminal Court"), and after it
 * its place ("of the city of Shymkent", "Federal High Court, Lagos,"). "the courts of Karaganda region" are that place's
 * courts; "courts" with no place named are no court's.
 */
const COURT_WORDS = "((?:(?:\\d{1,2}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’-]*|specialis\\p{Ll}+|special|trial|inter-?district|district|regional|city|criminal|economic|appeals?|high|military|administrative|juvenile|county|circuit|sessions|magistrates?['’]?|federal|provincial|state|supreme|appellate|municipal|people['’]?s)\\s+){0,5})(?:[Cc]ourt|(?<=\\b(?:[Tt]he\\s+)?)courts(?=\\s+(?:of|in)\\s+\\p{Lu}))(?:-\\d{1,2})?(?:\\s*\\([^()]{1,30}\\))?(?:\\s+for(?:\\s+\\p{Ll}+){1,3}?(?=\\s+in\\s))?(?:(?:\\s+(?:in|of|sitting\\s+in)\\s+|,\\s+(?=\\p{Lu}[\\p{L}-]*(?:,|\\s+on\\s)))(?:\\p{Lu}[\\p{L}-]*,\\s+(?=\\p{Lu}))?(?:the\\s+(?:city|region|province)\\s+of\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})(?:\\s+in\\s+(\\p{Lu}[\\p{L}-]*))?)?";
/** A court as the subject of a ruling ("on Nov. 10" may stand between): "An Istanbul court on Thursday sentenced", "A Federal High Court in Lagos ... jailed", "weeks after a special PMLA court in Bengaluru convicted", "Justice Ayo Emmanuel of the Federal High Court in Lagos ordered". */
const COURT_SUBJECT = new RegExp(`(?:^(?:[-*\\u2022]\\s+)?|[,;:\\u2013\\u2014]\\s*|\\s-\\s+|\\b(?:in\\s+which|after|when|since|that)\\s+|\\b(?:Justice|Judge)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}of\\s+|^[^;()]{0,40}\\((?:[A-Z]{2,}|[\\p{L} ]{2,30})\\)\\s+(?:-{1,2}\\s+|[\\u2013\\u2014]\\s+)?)(?:(?:[Aa]n?|[Tt]he)\\s+)?(?:(?:[\\p{L}\\d-]+\\s+){1,3}(?:[Dd]ivision|[Bb]ench|[Cc]hamber|panel)\\s+of\\s+the\\s+)?${COURT_WORDS}(?![\\p{L}\\p{N}])(?:[^.;]|(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.){0,80}?\\b(?:has\\s+|have\\s+)?(?:also\\s+)?(?:sentenced|jailed|convicted|fined|ordered|imposed|handed\\s+down|acquitted|upheld|reduced|increased|(?:raised|cut|lowered)\\s+(?:the|his|her|their|a)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:sentences?|terms?|penalt(?:y|ies)|fines?)|overturned|quashed|(?:delivered|passed|pronounced|announced|issued)\\s+(?:a|its|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:verdict|sentence|judge?ment|ruling))\\b`, 'u');
/**
 * A ruling told by its verdict or by where it was handed down: "By the verdict of the Specialised Inter-District Criminal
 * Court of Kostanay region of 19 June, ...", "Harjit Sandhu was sentenced at Birmingham Crown Court on Thursday".
 */
const COURT_VERDICT = new RegExp(`\\b(?:(?:[Bb]y|[Uu]nder)\\s+the\\s+(?:verdict|sentence|ruling|decision|judge?ment)\\s+of|(?:sentenced|jailed|convicted)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:at|in|by))\\s+(?:the\\s+)?${COURT_WORDS}(?![\\p{L}\\p{N}])`, 'u');
/** Words that name a court's rank or kind, not its place. */
const COURT_KIND = /^(?:Anti-[Cc]orruption|Commercial|Special|District|Regional|Federal|High|Supreme|Central|Criminal|Crown|City|Circuit|County|Specialized|Specialised|Inter-district|Interdistrict|Appeals?|Appellate|Magistrates?['’]?|Magistrate['’]s|Economic|Military|Administrative|Juvenile|People['’]?s|Sessions|Municipal|Provincial|Intermediate|Grave|Serious|Crimes|Lower|Higher|Local|Primary|Court|Judges?['’]?s?)$/i;
/** What "Court of ..." names when it names no place: "Court of Justice", "Court of Appeal", "Court of First Instance". */
const KIND_AFTER_OF = gated(/^(?:Justice|Appeals?|Cassation|First|Session|Sessions|Queen(?:['’]s)?|King(?:['’]s)?|Criminal|Special|Auditors)\b/);
const JUDGE_IN = gated(/\b(?:judge|justice)\s+in\s+(\p{Lu}[\p{L}-]+)/u);
/** A court told of as one of many: "a court in Karaganda", "an Almaty district court". */
const INDEFINITE_COURT = gated(/\b[Aa]n?\s+(?:[\p{L}'’-]+\s+){0,3}court\b/u);
/** A later sentence about the same court: "The court also fined ...", "... the court's press service said". */
// "The judge also confiscated ...", "The magistrate also imposed fines of ...": the court's own officer.
const THE_COURT = gated(/\bthe\s+(?:court|verdict|ruling|judgment|judgement|judge|magistrate|tribunal|bench)\b/i);
/** "The court also confiscated ...", "In addition, the court ordered ...": the court the text last named acts. */
const COURT_ACTS = gated(/^(?:[^,;]{0,40},\s*)?[Tt]he\s+(?:same\s+)?(?:court|judge)\s+(?:also\s+|further\s+|additionally\s+|then\s+)?(?:sentenced|jailed|convicted|fined|ordered|confiscated|imposed|handed\s+down|acquitted|awarded|seized|found)\b/);
/** How many sentences back a court that acts again may have been named. */
const COURT_REACH = 6;
/** A sentence that tells the ruling without naming who ruled: "The main organiser was sentenced to 10 years", "Four accomplices received from 4 to 7 years". */
const RULING = gated(/\b(?:was|were|been)\s+(?:also\s+)?(?:sentenced|jailed|convicted|fined)\b|\breceived\b[^.;]{0,40}\b(?:years?|months?)\b/i);
/** An agency's report of a court's ruling: "... stated that the Criminal Court in Riyadh issued ...". */
const TOLD_RULING = gated(/\b(?:said|says|stated|states|announced|reported)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?(?:an?\s+|the\s+)?[^.;,]{0,60}\b[Cc]ourt\b/u);
const CITY_THEN_STATE = gated(/\b(?:in|sitting\s+in)\s+(\p{Lu}[\p{L}-]*),\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:State|Region|Province|Oblast|County|Prefecture)\b/u);
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth)$/;
const MONTH = gated(/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/);
const DIRECTION = gated(/^(?:Central|Southern|Northern|Eastern|Western|South|North|East|West)$/);
/** "In Andijan, ...": the place a sentence opens with. */
const IN_PLACE = /(?:^|,\s*)[Ii]n\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*,?\s*$/u;
/** Capitalised words that open a sentence or phrase without naming a place. */
const NO_PLACE = /^(?:By|In|On|At|From|With|Under|For|Of|After|Before|During|Last|This|That|Its|His|Her|Their|Our|Separately|Meanwhile|Also|Earlier|Later|Then)$/;

/** A court that publishes its own release: "Almaty City Court (press service)", "Karaganda Regional Court". */
// Not a newsletter named for courts: "APAC Court Docket".
const PUBLISHER_COURT = gated(/^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4})Court\b(?!\s+\p{Lu})/u);
const PUBLISHER_COURT_OF = gated(/^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3})Courts?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*$/u);

/** The court a publisher is, named as reporters name it ("Almaty court"), or null: not one named by its rank alone ("Supreme Court of ..."). */
export function publisherCourt(publisher: string | null, isCountry: (name: string) => boolean): string | null {
  // "Supreme Court of Singapore", "State Courts of Singapore": the place after the court's kind.
  const of = PUBLISHER_COURT_OF.exec(publisher ?? '');
  if (of) return of[1]!.trim().split(/\s+/).every((w) => COURT_KIND.test(w) || w === 'State') && !isCountry(of[2]!) ? `${of[2]} court` : null;
  const [place, ...kinds] = PUBLISHER_COURT.exec(publisher ?? '')?.[1]?.trim().split(/\s+/) ?? [];
  // The words between the place and "Court" name its rank or kind ("City", "Regional"), as in a ruling's court.
  return place && !COURT_KIND.test(place) && kinds.every((w) => COURT_KIND.test(w) || /^(?:Oblast|Region)$/.test(w)) && !isCountry(place) ? `${place} court` : null;
}

/**
 * The court whose ruling a sentence reports, named as reporters name it ("Istanbul court"): the authority of
 * its figures where the court, not an agency, is the news: where the court is the sentence's subject, or where a sentence
 * tells a ruling after the one that named its court and no agency was named between. Not where the sentence names an
 * agency that acts in it, or where the court is placed only in a country ("a court in Kazakhstan").
 */
export class CourtContext {
  private readonly courts = new Map<number, string | null>();
  private readonly rulings = new Map<number, { court: string; sentence: number } | null>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    /** Whether sentence `i` names an agency by name: "police" alone may be the callers a scam posed as, not the reporter. */
    private readonly namesAgency: (i: number) => boolean,
    private readonly isCountry: (name: string) => boolean,
    private readonly agencyRelease: boolean,
    /** Whether sentence `i` names an agency by name that acts in it, not one it names only as its source or investigator. */
    private readonly namesActingAgency: (i: number) => boolean = namesAgency,
  ) {}

  /** The court sentence `i` reports the ruling of, or null. */
  courtOf(i: number): string | null {
    return this.rulingOf(i)?.court ?? null;
  }

  /** The court whose ruling sentence `i` reports, and the sentence that named it (`i` itself, or one before). */
  private rulingOf(i: number): { court: string; sentence: number } | null {
    // Asked each time a sentence's place is worked out: worked out once.
    if (!this.rulings.has(i)) this.rulings.set(i, this.findRuling(i));
    return this.rulings.get(i)!;
  }

  private findRuling(i: number): { court: string; sentence: number } | null {
    const court = this.named(i);
    // "The Public Prosecution stated that the Criminal Court in Riyadh issued a preliminary ruling ...": an agency that only
    // tells of the ruling does not make it its own.
    // A court named by its name ("Kyiv's Shevchenkivskyi District Court") is the news over the agency it is told by; "a court
    // in Karaganda ..., according to the AFM" is the agency's report.
    const byName = court !== null && !INDEFINITE_COURT.test(this.sentences[i]!.text);
    if (this.namesAgency(i) && !(court && (TOLD_RULING.test(this.sentences[i]!.text) || (byName && !this.namesActingAgency(i))))) return null;
    // A sentence whose subject is the court is the court's, even in an agency's release ("the Cape Town Specialised
    // Commercial Crimes Court on 3 February 2026 sentenced ...") or after sentences that named an agency.
    if (court) return { court, sentence: i };
    const text = this.sentences[i]!.text;
    // "The court also confiscated two apartments ...": the court that acts in the sentence is the one named last, whatever
    // agency the sentences between named.
    if (COURT_ACTS.test(text)) {
      for (let j = i - 1; j >= Math.max(0, i - COURT_REACH); j--) {
        const before = this.named(j);
        if (before) return { court: before, sentence: j };
      }
    }
    if (!THE_COURT.test(text) && !RULING.test(text)) return null;
    // Back to the sentence that named the court, in this paragraph or before it (in an agency's release, in this paragraph
    // only); none between may name an agency.
    for (let j = i - 1; j >= 0; j--) {
      if (this.agencyRelease && !sameParagraph(this.text, this.sentences, j)) return null;
      if (this.namesAgency(j)) return null;
      const before = this.named(j);
      if (before) return { court: before, sentence: j };
    }
    return null;
  }

  private city: string | undefined | null = null;

  /** The city of the first dateline among the story's opening sentences. */
  private storyCity(): string | undefined {
    if (this.city === null) this.city = storyCity(this.sentences, this.isCountry);
    return this.city;
  }

  private named(i: number): string | null {
    if (!this.courts.has(i)) {
      const sentence = this.sentences[i]!.text;
      // Most sentences name no court: the substring test spares the costly patterns.
      const m = sentence.includes('ourt') ? COURT_SUBJECT.exec(sentence) ?? COURT_VERDICT.exec(sentence) : null;
      // "the Seoul Southern District Court", "the Central Jakarta District Court": reporters name it by the city alone.
      // "the 29th Istanbul High Criminal Court", "the Fourth High Criminal Court": the chamber's number is no place.
      const words = (m?.[1] ?? '').trim().split(/\s+/).filter((w) => w && !DIRECTION.test(w) && !/^\d/.test(w) && !ORDINAL.test(w));
      while (words.length && NO_PLACE.test(words[0]!)) words.shift();
      // "Moscow's Tverskoy District Court" is a Moscow court.
      const city = words.findIndex((w) => /\p{L}['’]s$/u.test(w) && !COURT_KIND.test(w));
      if (city >= 0) words.splice(0, words.length, words[city]!.replace(/['’]s$/u, ''));
      // "the Ho Chi Minh City People's Court": "City" is the place's own where a kind follows it and a long name precedes it;
      // reporters drop it from "Pasay City" and "Angeles City".
      const kind = words.findIndex((w, k) => COURT_KIND.test(w) && !(w === 'City' && k > 1 && k < words.length - 1));
      // "the ... Court of Zhambyl Region in Taraz" sits in Taraz: reporters name it by the city.
      const inCity = m?.[3] && /\bof\s+\S+(?:\s+\S+)?\s+in\s+\S+$/u.test(m[0].slice(0, m[0].indexOf(m[3]) + m[3].length)) && !MONTH.test(m[3]) ? m[3] : undefined;
      // "the Bordeaux criminal court in March sentenced": a month is no place.
      // "the Court of Justice", "the Court of Appeal": what follows "of" names the court's kind, no place.
      // "of the Xishuangbanna Dai Autonomous Prefecture": an autonomous area is named by its first word.
      // "the Federal High Court sitting in Ilorin, Kwara State": the city, not its state.
      const cityOfState = m?.[2] ? CITY_THEN_STATE.exec(m[0])?.[1] : undefined;
      const after = cityOfState ?? (m?.[2] && !MONTH.test(m[2].split(/\s+/)[0]!) && !KIND_AFTER_OF.test(m[2]) ? (/\sAutonomous\b/.test(m[2]) ? m[2].split(/\s+/)[0] : m[2]) : undefined);
      // "an Ontario Court of Justice judge in Toronto sentenced": the judge sits in the city.
      const judgeIn = [m ? JUDGE_IN.exec(m[0])?.[1] : undefined].find((w) => w && !MONTH.test(w));
      // "In Andijan, a regional court sentenced ...": a court named only by its kind sits where the sentence opens.
      const opening = () => {
        const named = m ? IN_PLACE.exec(this.sentences[i]!.text.slice(0, m.index))?.[1] : undefined;
        return named && !MONTH.test(named.split(/\s+/)[0]!) ? named : undefined;
      };
      // "the Court of Cassation upheld ...", "the Lower Criminal Court sentenced ...": a court named by its kind alone sits in
      // the city the story is datelined from ("MANAMA: ...").
      const place = inCity ?? after ?? judgeIn ?? ((kind === -1 ? words : words.slice(0, kind)).join(' ') || opening() || (m ? datelineCity(sentence) ?? this.storyCity() : undefined));
      this.courts.set(i, place && !this.isCountry(place) ? `${place} court` : null);
    }
    return this.courts.get(i)!;
  }
}
