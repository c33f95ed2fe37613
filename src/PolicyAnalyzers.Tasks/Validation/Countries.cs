using System;
using System.Collections.Generic;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Country names (with common alternative spellings), nationality adjectives and ISO 3166 alpha-3 codes. Two uses:
/// a value under a nationality header is checked against it, and a value under a name header that is a country
/// ("EL SALVADOR") is not a person's name. Codes are kept apart: "GUY" and "CAN" are codes but also words in names.
/// </summary>
internal static class Countries
{
    // Name[;alternative...]|nationality[;alternative...]|alpha-3
    private const string Table = """
        Afghanistan|Afghan|AFG
        Albania|Albanian|ALB
        Algeria|Algerian|DZA
        Andorra|Andorran|AND
        Angola|Angolan|AGO
        Antigua and Barbuda;Antigua|Antiguan|ATG
        Argentina|Argentine;Argentinian|ARG
        Armenia|Armenian|ARM
        Australia|Australian|AUS
        Austria|Austrian|AUT
        Azerbaijan|Azerbaijani|AZE
        Bahamas;The Bahamas|Bahamian|BHS
        Bahrain|Bahraini|BHR
        Bangladesh|Bangladeshi|BGD
        Barbados|Barbadian|BRB
        Belarus|Belarusian|BLR
        Belgium|Belgian|BEL
        Belize|Belizean|BLZ
        Benin|Beninese|BEN
        Bhutan|Bhutanese|BTN
        Bolivia|Bolivian|BOL
        Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian|BIH
        Botswana|Motswana;Batswana|BWA
        Brazil|Brazilian|BRA
        Brunei|Bruneian|BRN
        Bulgaria|Bulgarian|BGR
        Burkina Faso|Burkinabe|BFA
        Burma;Myanmar|Burmese|MMR
        Burundi|Burundian|BDI
        Cabo Verde;Cape Verde|Cape Verdean;Cabo Verdean|CPV
        Cambodia|Cambodian|KHM
        Cameroon|Cameroonian|CMR
        Canada|Canadian|CAN
        Central African Republic|Central African|CAF
        Chad|Chadian|TCD
        Chile|Chilean|CHL
        China;People's Republic of China;PRC|Chinese|CHN
        Colombia|Colombian|COL
        Comoros|Comoran;Comorian|COM
        Congo;Republic of the Congo;Congo-Brazzaville;Congo (Brazzaville)|Congolese|COG
        Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa;Congo (Kinshasa);Zaire|Congolese|COD
        Costa Rica|Costa Rican|CRI
        Cote d'Ivoire;Côte d'Ivoire;Ivory Coast|Ivorian|CIV
        Croatia|Croatian|HRV
        Cuba|Cuban|CUB
        Cyprus|Cypriot|CYP
        Czechia;Czech Republic|Czech|CZE
        Denmark|Danish|DNK
        Djibouti|Djiboutian|DJI
        Dominica|Dominican|DMA
        Dominican Republic|Dominican|DOM
        Ecuador|Ecuadorian;Ecuadorean|ECU
        Egypt|Egyptian|EGY
        El Salvador;Salvador|Salvadoran;Salvadorean|SLV
        Equatorial Guinea|Equatoguinean;Equatorial Guinean|GNQ
        Eritrea|Eritrean|ERI
        Estonia|Estonian|EST
        Eswatini;Swaziland|Swazi;Liswati|SWZ
        Ethiopia|Ethiopian|ETH
        Fiji|Fijian|FJI
        Finland|Finnish|FIN
        France|French|FRA
        Gabon|Gabonese|GAB
        Gambia;The Gambia|Gambian|GMB
        Georgia|Georgian|GEO
        Germany|German|DEU
        Ghana|Ghanaian|GHA
        Greece|Greek|GRC
        Grenada|Grenadian|GRD
        Guatemala|Guatemalan|GTM
        Guinea|Guinean|GIN
        Guinea-Bissau;Guinea Bissau|Bissau-Guinean|GNB
        Guyana|Guyanese|GUY
        Haiti|Haitian|HTI
        Honduras|Honduran|HND
        Hong Kong|Hong Konger;Hongkonger|HKG
        Hungary|Hungarian|HUN
        Iceland|Icelandic;Icelander|ISL
        India|Indian|IND
        Indonesia|Indonesian|IDN
        Iran|Iranian|IRN
        Iraq|Iraqi|IRQ
        Ireland|Irish|IRL
        Israel|Israeli|ISR
        Italy|Italian|ITA
        Jamaica|Jamaican|JAM
        Japan|Japanese|JPN
        Jordan|Jordanian|JOR
        Kazakhstan|Kazakh;Kazakhstani|KAZ
        Kenya|Kenyan|KEN
        Kiribati|I-Kiribati|KIR
        Kosovo|Kosovar;Kosovan|XKX
        Kuwait|Kuwaiti|KWT
        Kyrgyzstan|Kyrgyz;Kyrgyzstani|KGZ
        Laos|Lao;Laotian|LAO
        Latvia|Latvian|LVA
        Lebanon|Lebanese|LBN
        Lesotho|Basotho;Mosotho|LSO
        Liberia|Liberian|LBR
        Libya|Libyan|LBY
        Liechtenstein|Liechtensteiner|LIE
        Lithuania|Lithuanian|LTU
        Luxembourg|Luxembourgish;Luxembourger|LUX
        Macau;Macao|Macanese|MAC
        Madagascar|Malagasy|MDG
        Malawi|Malawian|MWI
        Malaysia|Malaysian|MYS
        Maldives|Maldivian|MDV
        Mali|Malian|MLI
        Malta|Maltese|MLT
        Marshall Islands|Marshallese|MHL
        Mauritania|Mauritanian|MRT
        Mauritius|Mauritian|MUS
        Mexico|Mexican|MEX
        Micronesia|Micronesian|FSM
        Moldova|Moldovan|MDA
        Monaco|Monegasque;Monacan|MCO
        Mongolia|Mongolian|MNG
        Montenegro|Montenegrin|MNE
        Morocco|Moroccan|MAR
        Mozambique|Mozambican|MOZ
        Namibia|Namibian|NAM
        Nauru|Nauruan|NRU
        Nepal|Nepali;Nepalese|NPL
        Netherlands;The Netherlands;Holland|Dutch|NLD
        New Zealand|New Zealander|NZL
        Nicaragua|Nicaraguan|NIC
        Niger|Nigerien|NER
        Nigeria|Nigerian|NGA
        North Korea;Korea, North;Democratic People's Republic of Korea|North Korean|PRK
        North Macedonia;Macedonia|Macedonian|MKD
        Norway|Norwegian|NOR
        Oman|Omani|OMN
        Pakistan|Pakistani|PAK
        Palau|Palauan|PLW
        Palestine;Palestinian Territories|Palestinian|PSE
        Panama|Panamanian|PAN
        Papua New Guinea|Papua New Guinean|PNG
        Paraguay|Paraguayan|PRY
        Peru|Peruvian|PER
        Philippines;The Philippines|Filipino;Philippine|PHL
        Poland|Polish|POL
        Portugal|Portuguese|PRT
        Qatar|Qatari|QAT
        Romania|Romanian|ROU
        Russia;Russian Federation|Russian|RUS
        Rwanda|Rwandan|RWA
        Saint Kitts and Nevis;St. Kitts and Nevis|Kittitian|KNA
        Saint Lucia;St. Lucia|Saint Lucian|LCA
        Saint Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|VCT
        Samoa|Samoan|WSM
        San Marino|Sammarinese|SMR
        Sao Tome and Principe;São Tomé and Príncipe|Santomean|STP
        Saudi Arabia|Saudi;Saudi Arabian|SAU
        Senegal|Senegalese|SEN
        Serbia|Serbian|SRB
        Seychelles|Seychellois|SYC
        Sierra Leone|Sierra Leonean|SLE
        Singapore|Singaporean|SGP
        Slovakia|Slovak|SVK
        Slovenia|Slovenian;Slovene|SVN
        Solomon Islands|Solomon Islander|SLB
        Somalia|Somali|SOM
        South Africa|South African|ZAF
        South Korea;Korea, South;Republic of Korea;Korea|South Korean;Korean|KOR
        South Sudan|South Sudanese|SSD
        Spain|Spanish|ESP
        Sri Lanka|Sri Lankan|LKA
        Sudan|Sudanese|SDN
        Suriname|Surinamese|SUR
        Sweden|Swedish|SWE
        Switzerland|Swiss|CHE
        Syria|Syrian|SYR
        Taiwan|Taiwanese|TWN
        Tajikistan|Tajik;Tajikistani|TJK
        Tanzania|Tanzanian|TZA
        Thailand|Thai|THA
        Timor-Leste;East Timor|Timorese|TLS
        Togo|Togolese|TGO
        Tonga|Tongan|TON
        Trinidad and Tobago;Trinidad|Trinidadian;Tobagonian|TTO
        Tunisia|Tunisian|TUN
        Turkey;Türkiye;Turkiye|Turkish|TUR
        Turkmenistan|Turkmen|TKM
        Tuvalu|Tuvaluan|TUV
        Uganda|Ugandan|UGA
        Ukraine|Ukrainian|UKR
        United Arab Emirates;UAE|Emirati|ARE
        United Kingdom;UK;Great Britain;Britain;England;Scotland;Wales;Northern Ireland|British;English;Scottish;Welsh|GBR
        United States;United States of America;USA;U.S.A.;U.S.;US;America|American|USA
        Uruguay|Uruguayan|URY
        Uzbekistan|Uzbek;Uzbekistani|UZB
        Vanuatu|Ni-Vanuatu|VUT
        Venezuela|Venezuelan|VEN
        Vietnam;Viet Nam|Vietnamese|VNM
        Yemen|Yemeni|YEM
        Zambia|Zambian|ZMB
        Zimbabwe|Zimbabwean|ZWE
        Puerto Rico|Puerto Rican|PRI
        Stateless|Stateless|XXA
        """;

    private static readonly Lazy<(List<string> NameList, TextSet Names, TextSet Codes)> Sets = new(Build);

    /// <summary>Country names, alternative spellings and nationality adjectives, any case.</summary>
    public static TextSet NamesAndNationalities => Sets.Value.Names;

    /// <summary>The phrases of <see cref="NamesAndNationalities"/>, for sets that include them.</summary>
    public static IReadOnlyList<string> NameList => Sets.Value.NameList;

    /// <summary>ISO 3166 alpha-3 codes; matched only in capitals.</summary>
    public static TextSet Codes => Sets.Value.Codes;

    private static (List<string> NameList, TextSet Names, TextSet Codes) Build()
    {
        var names = new List<string>();
        var codes = new List<string>();
        foreach (var rawLine in Table.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('|');
            names.AddRange(parts[0].Split(';'));
            names.AddRange(parts[1].Split(';'));
            codes.Add(parts[2]);
        }

        return (names, new TextSet(names), new TextSet(codes));
    }
}
