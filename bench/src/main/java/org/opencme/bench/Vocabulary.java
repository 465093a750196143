package org.opencme.bench;

import java.util.List;

/**
 * Word lists of the synthetic catalog: medical terms, everyday clinical prose,
 * topics and names.
 */
final class Vocabulary {

	/**
	 * Conditions and clinical concepts; multi-word entries are emitted as
	 * consecutive words.
	 */
	static final List<String> CONDITIONS = List.of("hypertension", "heart failure", "atrial fibrillation",
			"myocardial infarction", "type 2 diabetes", "chronic kidney disease", "asthma",
			"chronic obstructive pulmonary disease", "pneumonia", "sepsis", "stroke", "deep vein thrombosis",
			"pulmonary embolism", "opioid use disorder", "alcohol use disorder", "depression", "anxiety", "dementia",
			"delirium", "osteoporosis", "osteoarthritis", "rheumatoid arthritis", "psoriasis", "atopic dermatitis",
			"migraine", "epilepsy", "multiple sclerosis", "parkinson disease", "obesity", "dyslipidemia",
			"hypothyroidism", "anemia", "sickle cell disease", "hepatitis c", "hiv infection", "tuberculosis",
			"urinary tract infection", "cellulitis", "influenza", "covid-19", "breast cancer", "colorectal cancer",
			"lung cancer", "prostate cancer", "melanoma", "lymphoma", "leukemia", "acute kidney injury",
			"diabetic ketoacidosis", "coronary artery disease", "peripheral artery disease", "aortic stenosis",
			"gastroesophageal reflux disease", "inflammatory bowel disease", "cirrhosis", "pancreatitis",
			"obstructive sleep apnea", "chronic pain", "low back pain", "concussion", "traumatic brain injury",
			"postpartum hemorrhage", "preeclampsia", "gestational diabetes", "bronchiolitis", "otitis media",
			"attention deficit hyperactivity disorder", "autism spectrum disorder", "schizophrenia", "bipolar disorder",
			"eating disorders", "substance use disorder", "heat stroke", "anaphylaxis");

	static final List<String> CLINICAL = List.of("diagnosis", "treatment", "management", "screening", "prevention",
			"guideline", "evidence", "outcomes", "risk", "assessment", "therapy", "pharmacology", "dosing",
			"monitoring", "adherence", "counseling", "imaging", "biomarkers", "trial", "cohort", "mortality",
			"morbidity", "readmission", "complications", "comorbidity", "anticoagulation", "antibiotics", "insulin",
			"statins", "beta blockers", "vaccination", "immunotherapy", "chemotherapy", "rehabilitation", "palliative",
			"hospice", "telehealth", "handoff", "documentation", "safety", "quality", "equity", "disparities",
			"communication", "shared decision making", "deprescribing", "polypharmacy", "naloxone", "buprenorphine",
			"methadone", "ultrasound", "echocardiography", "electrocardiogram", "spirometry", "biopsy", "laboratory",
			"creatinine", "potassium", "glucose", "lipid panel", "blood pressure", "heart rate", "oxygen saturation",
			"ventilation", "intubation", "resuscitation", "triage", "discharge", "transitions", "primary care",
			"emergency department", "intensive care unit", "outpatient", "inpatient", "pediatric", "geriatric",
			"pregnancy", "adolescent", "caregiver", "nursing", "pharmacist", "physician", "interprofessional",
			"workflow", "burnout", "wellness", "ethics", "consent", "privacy", "billing", "coding", "audit", "protocol",
			"algorithm", "pathway", "checklist", "simulation", "case", "review", "update", "advances", "controversies");

	static final List<String> PROSE = List.of("the", "of", "and", "in", "to", "a", "for", "with", "on", "is", "are",
			"patients", "clinicians", "care", "recent", "current", "new", "common", "important", "practical",
			"approach", "strategies", "data", "studies", "show", "suggest", "improve", "reduce", "increase", "early",
			"late", "severe", "mild", "moderate", "acute", "chronic", "first", "second", "line", "based", "team",
			"setting", "level", "rate", "time", "years", "months", "days", "dose", "response", "use", "among", "during",
			"after", "before", "between", "within", "across", "while", "when", "how", "why", "what", "this", "that",
			"these", "can", "may", "should", "must", "often", "rarely", "also", "however", "therefore", "overall",
			"specific", "general", "population", "community", "hospital", "clinic", "practice", "learners",
			"participants", "objective", "discuss", "describe", "identify", "apply", "evaluate", "compare", "recognize",
			"implement", "explain", "summarize");

	static final List<String> TOPICS = List.of("Cardiology", "Endocrinology", "Nephrology", "Pulmonology",
			"Infectious Disease", "Oncology", "Hematology", "Neurology", "Psychiatry", "Addiction Medicine",
			"Pediatrics", "Geriatrics", "Obstetrics", "Gynecology", "Emergency Medicine", "Critical Care",
			"Primary Care", "Family Medicine", "Internal Medicine", "Dermatology", "Rheumatology", "Gastroenterology",
			"Hepatology", "Orthopedics", "Sports Medicine", "Pain Management", "Palliative Care", "Radiology",
			"Pathology", "Pharmacology", "Nursing Practice", "Patient Safety", "Quality Improvement", "Medical Ethics",
			"Opioid Prescribing", "Health Equity", "Telehealth", "Informatics", "Public Health", "Preventive Medicine",
			"Urology", "Ophthalmology", "Otolaryngology", "Allergy and Immunology", "Sleep Medicine", "Wound Care",
			"Nutrition", "Women's Health", "Men's Health", "Global Health", "Travel Medicine", "Toxicology",
			"Anesthesiology", "Surgery", "Transplant Medicine", "Genetics", "Simulation", "Leadership",
			"Communication Skills", "Risk Management");

	static final List<String> ACTIONS = List.of("Managing", "Diagnosing", "Treating", "Preventing", "Screening for",
			"Update on", "Advances in", "Controversies in", "Practical Approach to", "Essentials of", "Case Studies in",
			"Pharmacology of");

	static final List<String> POPULATIONS = List.of("Older Adults", "Children", "Adolescents", "Pregnancy",
			"Primary Care", "the Emergency Department", "Rural Practice", "Underserved Communities",
			"the Intensive Care Unit", "Long-Term Care");

	/**
	 * Abbreviations used in some titles, so synonym expansion matters in the
	 * benchmark as in real catalogs.
	 */
	static final List<List<String>> ABBREVIATED = List.of(List.of("hypertension", "HTN"),
			List.of("heart failure", "CHF"), List.of("atrial fibrillation", "AFib"),
			List.of("myocardial infarction", "MI"), List.of("type 2 diabetes", "T2DM"),
			List.of("chronic kidney disease", "CKD"), List.of("chronic obstructive pulmonary disease", "COPD"),
			List.of("opioid use disorder", "OUD"), List.of("deep vein thrombosis", "DVT"));

	static final List<String> FIRST_NAMES = List.of("Maria", "James", "Aisha", "Wei", "Priya", "Daniel", "Sofia",
			"Kwame", "Elena", "Hiroshi", "Fatima", "Lucas", "Grace", "Omar", "Ingrid", "Rahul");

	static final List<String> LAST_NAMES = List.of("Gonzalez", "Smith", "Okafor", "Chen", "Patel", "Nguyen", "Kowalski",
			"Haddad", "Johansson", "Tanaka", "Mensah", "Rossi", "Murphy", "Schmidt", "Silva", "Cohen");

	static final List<String> CREDIT_TYPES = List.of("AMA_PRA_1", "ANCC", "AANP", "AAPA_1", "ACPE", "AAFP_PRESCRIBED",
			"ABIM_MOC", "IPCE");

	private Vocabulary() {
	}
}
