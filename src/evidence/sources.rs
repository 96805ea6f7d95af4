//! The source table: the full reference behind every [`Citation`] key.

use super::{Citation, Source};

crate::table::catalog! {
    /// Every source the crate cites, in the order of [`Citation::ALL`].
    pub(crate) static SOURCES: [Source] by Citation;
    const SOURCE_ROWS: [_; SOURCE_COUNT];
    /// Every citation key, in declaration order; each key's source is
    /// [`Citation::source`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    ///
    /// assert!(Citation::ALL.iter().all(|c| !c.source().reference.is_empty()));
    /// ```
    pub const ALL;
    /// The key's row in the source table.
    pub(super) fn row;
    {
        Cks => src(
            Citation::Cks,
            "CKS",
            "NICE Clinical Knowledge Summaries: Leg cramps (stored revision dated September 2012).",
            "http://cks.nice.org.uk/leg-cramps",
        ),
        Mhra2010 => src(
            Citation::Mhra2010,
            "MHRA-2010",
            "Medicines and Healthcare products Regulatory Agency. Drug Safety Update, June 2010: quinine not for routine use in nocturnal leg cramps.",
            "https://www.prescriber.org.uk/2010/06/drug-safety-update-june-2010/print/",
        ),
        Mhra2017 => src(
            Citation::Mhra2017,
            "MHRA-2017",
            "Medicines and Healthcare products Regulatory Agency. Drug Safety Update, November 2017: quinine, dose-dependent QT prolongation and interactions.",
            "https://niformulary.hscni.net/formulary/10-0-musculoskeletal-and-joint-diseases/10-2-drugs-used-in-neuromuscular-disorders/10-2-3-nocturnal-leg-cramps/",
        ),
        SmpcQuinine => src(
            Citation::SmpcQuinine,
            "SmPC-Q",
            "UK summaries of product characteristics for quinine bisulphate and sulfate 300 mg tablets.",
            "https://www.epgonline.org/drugs/p-antiparasitic-products-insecticides-and-repellents/p01/p01b/p01bc/p01bc01/quinine-bisulphate-300mg-tablets/",
        ),
        Aan2010 => src(
            Citation::Aan2010,
            "AAN-2010",
            "Katzberg HD, Khan AH, So YT. Assessment: symptomatic treatment for muscle cramps (an evidence-based review). Neurology 2010;74(8):691-696. PMID 20177124.",
            "https://doi.org/10.1212/WNL.0b013e3181d0ccca",
        ),
        Aafp2012 => src(
            Citation::Aafp2012,
            "AAFP-2012",
            "Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86(4):350-355. PMID 22963024.",
            "https://pubmed.ncbi.nlm.nih.gov/22963024/",
        ),
        Aafp2017 => src(
            Citation::Aafp2017,
            "AAFP-2017",
            "FPIN Help Desk Answer: Treatments for nocturnal leg cramps. Am Fam Physician 2017;96(7):online.",
            "http://www.aafp.org/afp/2017/1001/od3.html",
        ),
        CochraneQuinine => src(
            Citation::CochraneQuinine,
            "Cochrane-Q",
            "El-Tawil S, Al Musa T, Valli H, et al. Quinine for muscle cramps. Cochrane Database Syst Rev 2015;(4):CD005044.",
            "https://doi.org/10.1002/14651858.CD005044.pub3",
        ),
        CochraneMagnesium => src(
            Citation::CochraneMagnesium,
            "Cochrane-Mg",
            "Garrison SR, Korownyk CS, Kolber MR, et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.",
            "https://doi.org/10.1002/14651858.CD009402.pub3",
        ),
        CochraneNonDrug => src(
            Citation::CochraneNonDrug,
            "Cochrane-NonDrug",
            "Non-drug therapies for the secondary prevention of lower limb muscle cramps. Cochrane Database Syst Rev, CD008496.pub3 (searches to May 2020).",
            "https://doi.org/10.1002/14651858.CD008496.pub3",
        ),
        CochranePregnancy => src(
            Citation::CochranePregnancy,
            "Cochrane-Preg",
            "Interventions for leg cramps in pregnancy. Cochrane Database Syst Rev 2020, CD010655.pub3 (update of the 2015 review).",
            "https://doi.org/10.1002/14651858.CD010655.pub3",
        ),
        Fda => src(
            Citation::Fda,
            "FDA",
            "US Food and Drug Administration: December 2006 action against unapproved quinine; July 2010 Drug Safety Communication and REMS for Qualaquin; boxed warning on quinine sulfate labels.",
            "https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Quinine+Sulfate%22",
        ),
        Garrison2012 => src(
            Citation::Garrison2012,
            "Garrison-2012",
            "Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM. Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis. Arch Intern Med 2012;172:120-126. PMID 22157068.",
            "https://doi.org/10.1001/archinternmed.2011.1029",
        ),
        Grandner2017 => src(
            Citation::Grandner2017,
            "Grandner-2017",
            "Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance symptoms, medical conditions, and cardiometabolic risk factors. PLoS One 2017;12(6):e0178465.",
            "https://doi.org/10.1371/journal.pone.0178465",
        ),
        Naylor1994 => src(
            Citation::Naylor1994,
            "Naylor-1994",
            "Naylor JR, Young JB. A general population survey of rest cramps. Age Ageing 1994;23(5):418-420. PMID 7825490.",
            "https://www.thefreelibrary.com/A+general+population+survey+of+rest+cramps-a015819907",
        ),
        Abdulla1999 => src(
            Citation::Abdulla1999,
            "Abdulla-1999",
            "Abdulla AJ, Jones PW, Pearce VR. Leg cramps in the elderly: prevalence, drug and disease associations. Int J Clin Pract 1999;53(7):494-496. PMID 10692732.",
            "https://pubmed.ncbi.nlm.nih.gov/10692732/",
        ),
        HaskellVa => src(
            Citation::HaskellVa,
            "Haskell-VA",
            "Haskell SG, Fiebach NH. Clinical epidemiology of nocturnal leg cramps in male veterans. Am J Med Sci.",
            "https://c.coek.info/pdf-clinical-epidemiology-of-nocturnal-leg-cramps-in-male-veterans-.html",
        ),
        Maisonneuve2016 => src(
            Citation::Maisonneuve2016,
            "Maisonneuve-2016",
            "Maisonneuve H, Chambe J, Delacour C, et al. Prevalence of cramps in patients over the age of 60 in primary care: a cross sectional study. BMC Fam Pract 2016;17.",
            "https://doi.org/10.1186/s12875-016-0509-9",
        ),
        Delacour2020 => src(
            Citation::Delacour2020,
            "Delacour-2020",
            "Delacour C, Chambe J, Lefebvre F, et al. Association between physical activity and nocturnal leg cramps in patients over 60 years old: a case-control study. Sci Rep 2020;10:2638.",
            "https://doi.org/10.1038/s41598-020-59312-9",
        ),
        Sebo2019 => src(
            Citation::Sebo2019,
            "Sebo-2019",
            "Sebo P, Haller DM, Cerutti B, Maisonneuve H. A prospective observational study of the main features of nocturnal leg cramps in primary care. Swiss Med Wkly 2019;149:w20048.",
            "https://doi.org/10.4414/smw.2019.20048",
        ),
        Hallegraeff2012 => src(
            Citation::Hallegraeff2012,
            "Hallegraeff-2012",
            "Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MHG. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.",
            "https://doi.org/10.1016/S1836-9553(12)70068-1",
        ),
        Hallegraeff2017 => src(
            Citation::Hallegraeff2017,
            "Hallegraeff-2017",
            "Hallegraeff J, de Greef M, Krijnen W, van der Schans C. Criteria in diagnosing nocturnal leg cramps: a systematic review. BMC Fam Pract 2017.",
            "https://doi.org/10.1186/s12875-017-0600-x",
        ),
        Coppin2005 => src(
            Citation::Coppin2005,
            "Coppin-2005",
            "Coppin RJ, Wicke DM, Little PS. Managing nocturnal leg cramps: calf-stretching exercises and cessation of quinine treatment; a factorial randomised controlled trial. Br J Gen Pract 2005;55(512):186-191. PMC1463088.",
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC1463088/",
        ),
        Rabbitt2016 => src(
            Citation::Rabbitt2016,
            "Rabbitt-2016",
            "Rabbitt L, Mulkerrin EC, O'Keeffe ST. A review of nocturnal leg cramps in older people. Age Ageing 2016;45(6):776-782.",
            "https://doi.org/10.1093/ageing/afw139",
        ),
        Irlssg2014 => src(
            Citation::Irlssg2014,
            "IRLSSG-2014",
            "Allen RP, et al. Restless legs syndrome/Willis-Ekbom disease diagnostic criteria: updated IRLSSG consensus criteria. Sleep Med 2014;15(8):860-873.",
            "https://doi.org/10.1016/j.sleep.2014.03.025",
        ),
        Aasm => src(
            Citation::Aasm,
            "AASM",
            "American Academy of Sleep Medicine, patient page \"Sleep leg cramps\" (reviewed January 2021).",
            "https://sleepeducation.org/sleep-disorders/sleep-leg-cramps",
        ),
        Nhs => src(
            Citation::Nhs,
            "NHS",
            "NHS, \"Leg cramps\" (syndicated copy).",
            "https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/leg-cramps/",
        ),
        BmjBestPractice => src(
            Citation::BmjBestPractice,
            "BMJ-BP",
            "BMJ Best Practice, \"Leg cramps\" (topic 569), epidemiology and diagnosis sections.",
            "https://bestpractice.bmj.com/topics/en-gb/569",
        ),
        Bnssg => src(
            Citation::Bnssg,
            "BNSSG",
            "NHS Bristol, North Somerset and South Gloucestershire Remedy pathway: muscle cramps (draft).",
            "https://remedy.bnssg.icb.nhs.uk/bnssg-icb/development-area/muscle-cramps-draft",
        ),
        Dgn2017 => src(
            Citation::Dgn2017,
            "DGN-2017",
            "Lindemuth R, et al. S1-Leitlinie Crampi/Muskelkrampf. Deutsche Gesellschaft fuer Neurologie, AWMF 030/037, 2017.",
            "https://www.dgn.org/leitlinien/3402-030-037-crampi-muskelkrampf-2017",
        ),
        Fardet2017 => src(
            Citation::Fardet2017,
            "Fardet-2017",
            "UK THIN cohort on long-term quinine use and mortality (commonly cited as Fardet L et al., JAMA 2017), as summarised by MIMS.",
            "https://www.mims.co.uk/quinine-muscle-cramps-linked-increased-mortality/musculoskeletal-disorders/article/1434246",
        ),
        Seed => src(
            Citation::Seed,
            "consumer-article",
            "Consumer health article \"Leg cramps at night\" (a general-audience web article, not a clinical source; the project started from it, and where it disagrees with the sources above, they take precedence).",
            "",
        ),
        Icd10Cm => src(
            Citation::Icd10Cm,
            "ICD-10-CM",
            "ICD-10-CM codes G47.62 (sleep related leg cramps) and R25.2 (cramp and spasm), as given by public coding references.",
            "https://www.diseasedb.com/icd10/G47.62",
        ),
        CpicSchema => src(
            Citation::CpicSchema,
            "CPIC-schema",
            "Clinical Pharmacogenetics Implementation Consortium, drug table (cpicpgx/cpic-schema, drug.sql).",
            "https://github.com/cpicpgx/cpic-schema",
        ),
        CpicData => src(
            Citation::CpicData,
            "CPIC-data",
            "Clinical Pharmacogenetics Implementation Consortium, NSAID guideline drug rows (cpicpgx/cpic-data, V6__nsaid_release.sql).",
            "https://github.com/cpicpgx/cpic-data",
        ),
        OhdsiPhenotypeLibrary => src(
            Citation::OhdsiPhenotypeLibrary,
            "OHDSI-PL",
            "OHDSI Phenotype Library cohort definitions (RxNorm ingredient concept sets).",
            "https://github.com/OHDSI/PhenotypeLibrary",
        ),
        Hadlock => src(
            Citation::Hadlock,
            "Hadlock",
            "Hadlock lab, CEDA-Tools medication concepts (hand-curated drug-to-RxNorm map).",
            "https://github.com/Hadlock-Lab/CEDA-Tools-v1.1",
        ),
        WhoAtc => src(
            Citation::WhoAtc,
            "WHO-ATC",
            "WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD index (snapshot of 2026-04-25).",
            "https://atcddd.fhi.no/atc_ddd_index/",
        ),
        LoincPain => src(
            Citation::LoincPain,
            "LOINC-pain",
            "LOINC 72514-3, pain severity 0-10 verbal numeric rating, as bound in the HL7 Belgium patient-monitoring pain-scale value set.",
            "https://build.fhir.org/ig/hl7-be/patient-monitoring/ValueSet-pain-scale.html",
        ),
        Voon2001 => src(
            Citation::Voon2001,
            "Voon-2001",
            "Voon WC, Sheu SH. Diltiazem for nocturnal leg cramps (letter). Age Ageing (2001 as commonly cited; the year was not shown in the copy read).",
            "https://pdfmedarticles.com/n/navehpharma.com1.html",
        ),
        FdaSandozOrphenadrine2022 => src(
            Citation::FdaSandozOrphenadrine2022,
            "FDA-Sandoz-2022",
            "US FDA, company announcement: Sandoz Inc. issues nationwide recall of 13 lots of orphenadrine citrate 100 mg extended-release tablets due to presence of a nitrosamine impurity (March 2022).",
            "http://www.fda.gov/safety/recalls-market-withdrawals-safety-alerts/sandoz-inc-issues-nationwide-recall-13-lots-orphenadrine-citrate-100-mg-extended-release-tablets-due",
        ),
    }
}

const fn src(
    citation: Citation,
    key: &'static str,
    reference: &'static str,
    url: &'static str,
) -> Source {
    Source {
        citation,
        key,
        reference,
        url,
    }
}
