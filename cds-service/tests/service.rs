//! The service over loopback: it is started as its own binary on 127.0.0.1 port 0
//! and called with a real HTTP client (ureq, plain HTTP/1).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

/// The running service; killed (by its own process id) when dropped.
struct Service {
    child: Child,
    base: String,
}

impl Service {
    fn start() -> Service {
        let mut child = Command::new(env!("CARGO_BIN_EXE_legcramps-cds"))
            .args(["--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("start legcramps-cds");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read the address line");
        let url = line
            .trim()
            .strip_prefix("legcramps-cds listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"));
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "binds loopback by default: {url}"
        );
        let base = url
            .strip_suffix("/cds-services")
            .expect("the discovery URL")
            .to_owned();
        Service { child, base }
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into()
    }

    fn get(&self, path: &str) -> (u16, Value) {
        let mut r = Self::agent()
            .get(format!("{}{path}", self.base))
            .call()
            .expect("GET");
        let status = r.status().as_u16();
        (
            status,
            serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("JSON"),
        )
    }

    fn post_raw(&self, path: &str, body: &[u8]) -> (u16, Value) {
        let mut r = Self::agent()
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/json")
            .send(body)
            .expect("POST");
        let status = r.status().as_u16();
        let text = r.body_mut().read_to_string().expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")),
        )
    }

    fn post(&self, service: &str, body: &Value) -> (u16, Value) {
        self.post_raw(&format!("/{service}"), body.to_string().as_bytes())
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const Q_URL: &str = "https://github.com/legcramps/legcramps/fhir/Questionnaire/triage";
const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";

fn searchset(resources: Vec<Value>) -> Value {
    json!({"resourceType": "Bundle", "type": "searchset", "total": resources.len(),
           "entry": resources.into_iter().map(|r| json!({"resource": r, "search": {"mode": "match"}})).collect::<Vec<_>>()})
}

/// A patient-view request as an EHR sends it, with every prefetch key.
fn patient_view(numbness: &str, statements: Vec<Value>) -> Value {
    json!({
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "fhirServer": "https://ehr.example.org/fhir",
        "context": {"userId": "Practitioner/7", "patientId": "p1"},
        "prefetch": {
            "patient": {"resourceType": "Patient", "id": "p1", "gender": "female",
                        "birthDate": "1950-05-28", "name": [{"family": "Chalmers"}]},
            "medicationRequests": searchset(vec![]),
            "medicationStatements": searchset(statements),
            "conditions": searchset(vec![
                json!({"resourceType": "Condition", "subject": {"reference": "Patient/p1"},
                       "code": {"coding": [{"system": "http://snomed.info/sct", "code": "90560007"}], "text": "Gout"}})]),
            "observations": searchset(vec![]),
            "questionnaireResponses": searchset(vec![json!({
                "resourceType": "QuestionnaireResponse", "status": "completed",
                "questionnaire": Q_URL, "subject": {"reference": "Patient/p1"},
                "authored": "2026-11-27T09:00:00+01:00",
                "item": [{"linkId": "profile.symptoms.numbness", "answer": [{"valueString": numbness}]}]})]),
        }
    })
}

fn cards(v: &Value) -> &Vec<Value> {
    v["cards"].as_array().expect("cards")
}

fn summaries(v: &Value) -> Vec<String> {
    cards(v)
        .iter()
        .map(|c| c["summary"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn discovery_lists_the_services_and_their_prefetch_templates() {
    let s = Service::start();
    let (status, d) = s.get("/cds-services");
    assert_eq!(status, 200);
    let services = d["services"].as_array().unwrap();
    let ids: Vec<&str> = services.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "legcramps-patient-view",
            "legcramps-order-select",
            "legcramps-order-sign"
        ]
    );
    let hooks: Vec<&str> = services
        .iter()
        .map(|x| x["hook"].as_str().unwrap())
        .collect();
    assert_eq!(hooks, ["patient-view", "order-select", "order-sign"]);
    let prefetch = services[0]["prefetch"].as_object().unwrap();
    let mut resources: Vec<&str> = prefetch
        .values()
        .map(|t| t.as_str().unwrap().split(['/', '?']).next().unwrap())
        .collect();
    resources.sort_unstable();
    assert_eq!(
        resources,
        [
            "Condition",
            "MedicationRequest",
            "MedicationStatement",
            "Observation",
            "Patient",
            "QuestionnaireResponse"
        ]
    );
    assert_eq!(prefetch["patient"], "Patient/{{context.patientId}}");
    for service in services {
        assert!(service["title"].is_string() && service["description"].is_string());
    }
}

#[test]
fn patient_view_gives_the_referral_questions_a_recall_hit_and_what_was_not_recognised() {
    let s = Service::start();
    // A statement for orphenadrine with the package and lot of the 2022 Sandoz recall
    // (lot JX6411 of NDC 0185-0022-01 is in the recall's published list).
    let orphenadrine = json!({
        "resourceType": "MedicationStatement", "status": "active",
        "subject": {"reference": "Patient/p1"},
        "contained": [{"resourceType": "Medication", "id": "m1",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "0185-0022-01"}],
                     "text": "Orphenadrine citrate 100 MG Extended Release Oral Tablet"},
            "batch": {"lotNumber": "JX6411"}}],
        "medicationReference": {"reference": "#m1"}});
    let (status, v) = s.post(
        "cds-services/legcramps-patient-view",
        &patient_view("yes", vec![orphenadrine]),
    );
    assert_eq!(status, 200, "{v}");
    let all = cards(&v);
    // Numbness is a red flag for "see a doctor soon" (a warning card).
    assert_eq!(all[0]["indicator"], "warning", "{v}");
    assert!(
        all[0]["detail"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("numb"),
        "{v}"
    );
    let summary = summaries(&v);
    assert!(
        summary.iter().any(|s| s.contains("question(s) still open")),
        "{summary:?}"
    );
    assert!(
        summary
            .iter()
            .any(|s| s.starts_with("Recalled: NDC 0185-0022-01, lot JX6411")),
        "{summary:?}"
    );
    assert!(
        summary
            .iter()
            .any(|s| s == "Leg cramps: 1 condition(s) not recognised"),
        "{summary:?}"
    );
    for c in all {
        // The recall card names the recall notice as its source; ours name legcramps.
        let recall = c["summary"].as_str().unwrap().starts_with("Recalled:");
        let label = c["source"]["label"].as_str().unwrap();
        assert!(recall || label == "legcramps decision support", "{c}");
        assert!(c["summary"].as_str().unwrap().chars().count() < 140);
    }

    // No red flag answered: no "soon" card.
    let (status, v) = s.post(
        "cds-services/legcramps-patient-view",
        &patient_view("no", vec![]),
    );
    assert_eq!(status, 200);
    assert_ne!(cards(&v)[0]["indicator"], "warning", "{v}");
}

fn order(hook: &str, medication: Value, reason: Option<&str>) -> Value {
    let mut request = json!({"resourceType": "MedicationRequest", "id": "o1", "status": "draft",
        "intent": "order", "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": medication});
    if let Some(reason) = reason {
        request["reasonCode"] = json!([{"text": reason}]);
    }
    json!({
        "hook": hook,
        "hookInstance": "0e7f4a32-8f5a-4d6b-9a2e-4a1f7c3b2d10",
        "context": {"userId": "Practitioner/7", "patientId": "p1",
                    "selections": ["MedicationRequest/o1"],
                    "draftOrders": {"resourceType": "Bundle", "type": "collection",
                                    "entry": [{"resource": request}]}},
        "prefetch": {"patient": {"resourceType": "Patient", "id": "p1"}}
    })
}

#[test]
fn order_select_quinine_for_cramps_is_critical_with_the_fda_warning() {
    let s = Service::start();
    let (status, v) = s.post(
        "cds-services/legcramps-order-select",
        &order(
            "order-select",
            json!({"text": "quinine sulfate 324 mg capsule"}),
            Some("night leg cramps"),
        ),
    );
    assert_eq!(status, 200, "{v}");
    let c = &cards(&v)[0];
    assert_eq!(c["indicator"], "critical");
    let detail = c["detail"].as_str().unwrap();
    assert!(
        detail.contains("FDA boxed warning") && detail.contains("life-threatening"),
        "{detail}"
    );
    assert!(detail.contains("(FDA"), "cites the FDA: {detail}");
}

#[test]
fn order_sign_a_drug_that_may_cause_cramps_gives_an_info_card() {
    let s = Service::start();
    // RxNorm 5487: hydrochlorothiazide, a thiazide that may cause cramps.
    let (status, v) = s.post(
        "cds-services/legcramps-order-sign",
        &order(
            "order-sign",
            json!({"coding": [{"system": RXNORM, "code": "5487"}]}),
            None,
        ),
    );
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        summaries(&v),
        ["hydrochlorothiazide may cause muscle cramps"]
    );
    assert_eq!(cards(&v)[0]["indicator"], "info");
}

#[test]
fn order_select_orphenadrine_er_gives_the_recall_information() {
    let s = Service::start();
    let (status, v) = s.post(
        "cds-services/legcramps-order-select",
        &order(
            "order-select",
            json!({"text": "orphenadrine ER 100 mg tablet"}),
            None,
        ),
    );
    assert_eq!(status, 200, "{v}");
    let recall = cards(&v)
        .iter()
        .find(|c| {
            c["summary"]
                .as_str()
                .unwrap()
                .starts_with("Recall: Orphenadrine")
        })
        .unwrap_or_else(|| panic!("no recall card: {v}"));
    let detail = recall["detail"].as_str().unwrap();
    assert!(
        detail.contains("JX6411") && detail.contains("Sandoz"),
        "{detail}"
    );

    // Orphenadrine that is not extended-release: no recall card.
    let (_, v) = s.post(
        "cds-services/legcramps-order-select",
        &order(
            "order-select",
            json!({"text": "orphenadrine injection"}),
            None,
        ),
    );
    assert!(
        summaries(&v).iter().all(|s| !s.starts_with("Recall")),
        "{v}"
    );
}

fn assert_json_error(status: u16, v: &Value, expected_status: u16, message_part: &str) {
    assert_eq!(status, expected_status, "{v}");
    assert_eq!(v["error"]["status"], expected_status);
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.contains(message_part), "{message}");
}

#[test]
fn malformed_requests_get_a_400_with_a_json_error() {
    let s = Service::start();
    let (st, v) = s.post_raw("/cds-services/legcramps-patient-view", b"{not json");
    assert_json_error(st, &v, 400, "not JSON");
    let (st, v) = s.post_raw("/cds-services/legcramps-patient-view", b"[1, 2]");
    assert_json_error(st, &v, 400, "JSON object");
    let (st, v) = s.post(
        "cds-services/legcramps-patient-view",
        &json!({"hook": "patient-view"}),
    );
    assert_json_error(st, &v, 400, "missing prefetch");
    let mut partial = patient_view("yes", vec![]);
    partial["prefetch"]
        .as_object_mut()
        .unwrap()
        .remove("observations");
    let (st, v) = s.post("cds-services/legcramps-patient-view", &partial);
    assert_json_error(st, &v, 400, "missing prefetch observations");
    let mut bad = patient_view("yes", vec![]);
    bad["prefetch"]["patient"]["birthDate"] = json!("28/05/1950");
    let (st, v) = s.post("cds-services/legcramps-patient-view", &bad);
    assert_json_error(st, &v, 400, "expected a date");
    assert_eq!(v["error"]["path"], "prefetch.patient.birthDate");
    let (st, v) = s.post(
        "cds-services/legcramps-patient-view",
        &order("order-select", json!({"text": "x"}), None),
    );
    assert_json_error(st, &v, 400, "answers the hook \"patient-view\"");
    let mut no_orders = order("order-sign", json!({"text": "x"}), None);
    no_orders["context"]
        .as_object_mut()
        .unwrap()
        .remove("draftOrders");
    let (st, v) = s.post("cds-services/legcramps-order-sign", &no_orders);
    assert_json_error(st, &v, 400, "draftOrders");
    let (st, v) = s.post(
        "cds-services/nothing-here",
        &json!({"hook": "patient-view"}),
    );
    assert_json_error(st, &v, 404, "no service");
}

#[test]
fn an_oversized_body_gets_a_413_with_a_json_error() {
    use std::io::{Read, Write};
    let s = Service::start();
    // 2 MiB: twice the documented 1 MiB cap. The service answers once it has read
    // past the cap, and may close before the rest is sent, so the request is written
    // by hand over a plain loopback socket, from a second thread that ignores write
    // errors (a client that insists on sending the whole body sees the connection
    // closed under it).
    let addr = s.base.strip_prefix("http://").unwrap();
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    let length = 2 * 1024 * 1024;
    write!(
        stream,
        "POST /cds-services/legcramps-patient-view HTTP/1.1\r\nHost: {addr}\r\n\
         Content-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut writer = stream.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let chunk = vec![b' '; 64 * 1024];
        for _ in 0..length / chunk.len() {
            if writer.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    // Read until the headers and the `content-length` bytes of body are in.
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    let (head, body) = loop {
        let n = stream.read(&mut buf).expect("read the response");
        assert!(n > 0, "closed early: {}", String::from_utf8_lossy(&bytes));
        bytes.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(str::to_owned)
                })
                .expect("content-length")
                .trim()
                .parse()
                .unwrap();
            if body.len() >= length {
                break (head.to_owned(), body[..length].to_owned());
            }
        }
    };
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
    drop(stream);
    sender.join().unwrap();
    let v: Value = serde_json::from_str(&body).expect("JSON");
    assert_json_error(413, &v, 413, "larger than 1048576 bytes");
}

#[test]
fn a_hundred_concurrent_requests_each_get_their_own_answer() {
    let s = Service::start();
    let s = &s;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..100)
            .map(|i| {
                scope.spawn(move || {
                    let numbness = if i % 2 == 0 { "yes" } else { "no" };
                    let (status, v) = s.post(
                        "cds-services/legcramps-patient-view",
                        &patient_view(numbness, vec![]),
                    );
                    (i, status, v)
                })
            })
            .collect();
        for h in handles {
            let (i, status, v) = h.join().expect("thread");
            assert_eq!(status, 200, "{v}");
            let warning = cards(&v)[0]["indicator"] == "warning";
            assert_eq!(warning, i % 2 == 0, "request {i}: {v}");
        }
    });
}
