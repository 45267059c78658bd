/**
 * Words that are never part of a person's name. Speech-to-text often gives lower-case text, where
 * capitals cannot tell "i'm thinking" from "i'm sarah", so this list carries the weight there.
 */
const WORDS = `
a an the this that these those it its i me my mine myself we us our ours you your yours he him his she her hers
they them their theirs who whom whose what which where when why how there here everyone someone anyone nobody
everybody somebody anybody nothing something anything everything all any some none both each either neither
one two three four five six seven eight nine ten eleven twelve first second third last next other another
am is are was were be been being have has had do does did doing done will would shall should can could may
might must cannot can't won't don't doesn't didn't isn't wasn't aren't weren't haven't hasn't hadn't
and or but nor for with without about from to of in on at by as if because since after before than then so
also only just still even really very quite pretty too much many more most less least such again ever never
always already soon now today tomorrow yesterday tonight morning afternoon evening night noon midnight week
weekend weekday weekdays month year years ago early late later earlier
monday tuesday wednesday thursday friday saturday sunday
yes yeah yep yup no nope not ok okay alright right fine good great well sure sorry afraid glad happy sad
hi hello hey um uh er erm hmm oh ah like please thanks thank welcome goodbye bye
need needs want wants like love know think guess believe mean see get got make take give go going come coming
talk talking ask asking tell telling say saying said help hear heard hope hoping wish wonder wondering try trying
call calling called phone phoning ring ringing reach use book booking schedule scheduling plan planning arrange
arranging discuss decide deciding bury burying cremate cremating die died dying dies pass passed passing lost
losing lose gone leave leaving left live lives lived living stay staying wait waiting looking thinking wanting
needing writing speaking reading sitting standing driving flying bring bringing send sending
retired widowed worried confused scared married divorced devastated interested prepared located based sure
unsure ready able unable alone new old young sick ill well alive dead home house back over done finished free
available busy around outside inside correct perfect lovely wonderful nice excellent fantastic terrible awful
burial burials cremation cremations cremated buried memorial memorials viewing viewings visitation wake
funeral funerals service services consultation arrangements arrangement appointment appointments interment
ceremony casket urn plot grave cemetery chapel church hospice hospital nurse doctor family friend friends
mother mom mum mama father dad papa husband wife spouse partner son daughter child children kids kid baby
brother sister sibling grandmother grandma grandfather grandpa granny nana aunt uncle cousin niece nephew
catholic jewish baptist methodist lutheran muslim christian veteran
number email address mister missus miss
`;

export const NON_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));

/** Months are also first names (April, June); one is only taken as a name when a surname follows. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
