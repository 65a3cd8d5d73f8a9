/**
 * Country names without shipping them: ISO 3166-1 alpha-3 codes (what responses and the
 * course store) to alpha-2 (what `Intl.DisplayNames` names, in any language the browser or
 * Node knows). Its own module (`@dtc/i18n/countries`), so that only the code that names
 * countries carries the table.
 */
const PAIRS =
  'AFG AF ALA AX ALB AL DZA DZ ASM AS AND AD AGO AO AIA AI ATA AQ ATG AG ARG AR ARM AM ABW AW AUS AU ' +
  'AUT AT AZE AZ BHS BS BHR BH BGD BD BRB BB BLR BY BEL BE BLZ BZ BEN BJ BMU BM BTN BT BOL BO BES BQ ' +
  'BIH BA BWA BW BVT BV BRA BR IOT IO BRN BN BGR BG BFA BF BDI BI CPV CV KHM KH CMR CM CAN CA CYM KY ' +
  'CAF CF TCD TD CHL CL CHN CN CXR CX CCK CC COL CO COM KM COG CG COD CD COK CK CRI CR CIV CI HRV HR ' +
  'CUB CU CUW CW CYP CY CZE CZ DNK DK DJI DJ DMA DM DOM DO ECU EC EGY EG SLV SV GNQ GQ ERI ER EST EE ' +
  'SWZ SZ ETH ET FLK FK FRO FO FJI FJ FIN FI FRA FR GUF GF PYF PF ATF TF GAB GA GMB GM GEO GE DEU DE ' +
  'GHA GH GIB GI GRC GR GRL GL GRD GD GLP GP GUM GU GTM GT GGY GG GIN GN GNB GW GUY GY HTI HT HMD HM ' +
  'VAT VA HND HN HKG HK HUN HU ISL IS IND IN IDN ID IRN IR IRQ IQ IRL IE IMN IM ISR IL ITA IT JAM JM ' +
  'JPN JP JEY JE JOR JO KAZ KZ KEN KE KIR KI PRK KP KOR KR KWT KW KGZ KG LAO LA LVA LV LBN LB LSO LS ' +
  'LBR LR LBY LY LIE LI LTU LT LUX LU MAC MO MDG MG MWI MW MYS MY MDV MV MLI ML MLT MT MHL MH MTQ MQ ' +
  'MRT MR MUS MU MYT YT MEX MX FSM FM MDA MD MCO MC MNG MN MNE ME MSR MS MAR MA MOZ MZ MMR MM NAM NA ' +
  'NRU NR NPL NP NLD NL NCL NC NZL NZ NIC NI NER NE NGA NG NIU NU NFK NF MKD MK MNP MP NOR NO OMN OM ' +
  'PAK PK PLW PW PSE PS PAN PA PNG PG PRY PY PER PE PHL PH PCN PN POL PL PRT PT PRI PR QAT QA REU RE ' +
  'ROU RO RUS RU RWA RW BLM BL SHN SH KNA KN LCA LC MAF MF SPM PM VCT VC WSM WS SMR SM STP ST SAU SA ' +
  'SEN SN SRB RS SYC SC SLE SL SGP SG SXM SX SVK SK SVN SI SLB SB SOM SO ZAF ZA SGS GS SSD SS ESP ES ' +
  'LKA LK SDN SD SUR SR SJM SJ SWE SE CHE CH SYR SY TWN TW TJK TJ TZA TZ THA TH TLS TL TGO TG TKL TK ' +
  'TON TO TTO TT TUN TN TUR TR TKM TM TCA TC TUV TV UGA UG UKR UA ARE AE GBR GB USA US UMI UM URY UY ' +
  'UZB UZ VUT VU VEN VE VNM VN VGB VG VIR VI WLF WF ESH EH YEM YE ZMB ZM ZWE ZW';

/** Alpha-3 → alpha-2, for every officially assigned code. */
export const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = (() => {
  const parts = PAIRS.split(' ');
  const map = new Map<string, string>();
  for (let i = 0; i < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!);
  return map;
})();

/** Every alpha-3 code, for a country picker. */
export const COUNTRY_CODES: readonly string[] = [...ALPHA3_TO_ALPHA2.keys()];

/**
 * The name of a country in `locale`, from its alpha-3 code (`URY` → "Uruguay"), or
 * `undefined` for a code that is not assigned or a runtime without names for regions.
 */
export function countryName(alpha3: string, locale: string): string | undefined {
  const region = ALPHA3_TO_ALPHA2.get(alpha3.toUpperCase());
  if (!region) return undefined;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(region);
  } catch {
    return undefined;
  }
}
