//! The router, the request-body cap and the JSON errors.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use legcramps::recall::RecallRegistry;
use serde_json::{Value, json};

use crate::{discovery, orders, patient_view};

/// The largest request body accepted: 1 MiB. A patient's prefetch (a few hundred
/// resources) fits well within it; larger bodies get a 413 with a JSON error.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The read-only state every request shares: the built-in recall registry. Nothing
/// is kept between requests.
#[derive(Debug)]
pub struct Shared {
    pub recalls: RecallRegistry,
}

/// An error answered as `{"error": {"status": ..., "message": ..., "path": ...}}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    path: Option<String>,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            path: None,
        }
    }

    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
}

impl From<legcramps::fhir::ReadError> for ApiError {
    fn from(e: legcramps::fhir::ReadError) -> Self {
        ApiError::bad_request(e.to_string()).at(e.path())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = json!({"status": self.status.as_u16(), "message": self.message});
        if let Some(path) = self.path {
            error["path"] = Value::String(path);
        }
        (self.status, Json(json!({ "error": error }))).into_response()
    }
}

pub fn router() -> Router {
    let shared = Arc::new(Shared {
        recalls: RecallRegistry::with_builtins(),
    });
    Router::new()
        .route(
            "/cds-services",
            get(|| async { Json(discovery::services()) }),
        )
        .route("/cds-services/{id}", post(call))
        .fallback(|| async {
            ApiError {
                status: StatusCode::NOT_FOUND,
                message: "not found: the services are listed at GET /cds-services".to_owned(),
                path: None,
            }
        })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(shared)
}

async fn call(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(|rejection| ApiError {
        status: rejection.status(),
        message: if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            format!("the request body is larger than {MAX_BODY_BYTES} bytes")
        } else {
            rejection.body_text()
        },
        path: None,
    })?;
    let request: Value = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("the body is not JSON: {e}")))?;
    if !request.is_object() {
        return Err(ApiError::bad_request(
            "the body must be a JSON object (a CDS Hooks request)",
        ));
    }
    let hook = request
        .get("hook")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::bad_request("missing the request's \"hook\"").at("hook"))?;
    let expected = discovery::hook_of(&id).ok_or_else(|| ApiError {
        status: StatusCode::NOT_FOUND,
        message: format!("no service {id:?}: the services are listed at GET /cds-services"),
        path: None,
    })?;
    // The order-select service also answers order-sign (the same checks, on signing);
    // discovery lists order-sign under its own id too.
    let both_order_hooks = expected == "order-select" && hook == "order-sign";
    if hook != expected && !both_order_hooks {
        return Err(ApiError::bad_request(format!(
            "the service {id} answers the hook {expected:?}, not {hook:?}"
        ))
        .at("hook"));
    }
    let cards = match expected {
        "patient-view" => patient_view::cards(&request, &shared)?,
        _ => orders::cards(&request, hook, &shared)?,
    };
    Ok(Json(json!({ "cards": cards })))
}

/// Now, as the assessment's `as_of` (the service, not the library, reads the clock).
pub fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).fixed_offset()
}
