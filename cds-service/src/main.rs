//! `legcramps-cds`: a small, stateless CDS Hooks 2.0 service over the legcramps
//! library. Decision support, not diagnosis.
//!
//! ```text
//! cargo run -p legcramps-cds -- --port 8080 [--bind 127.0.0.1]
//! ```
//!
//! Endpoints: `GET /cds-services` (discovery), `POST /cds-services/legcramps-patient-view`
//! (`patient-view`), `POST /cds-services/legcramps-order-select` (`order-select`, and
//! `order-sign` too) and `POST /cds-services/legcramps-order-sign` (`order-sign`).
//! Request bodies are capped at [`app::MAX_BODY_BYTES`]; bad requests get a 400 with a
//! JSON error.
#![forbid(unsafe_code)]

mod app;
mod cards;
mod discovery;
mod orders;
mod patient_view;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;

const USAGE: &str = "usage: legcramps-cds --port PORT [--bind ADDRESS]\n\
    Serves CDS Hooks 2.0 on http://ADDRESS:PORT/cds-services (ADDRESS defaults to 127.0.0.1;\n\
    PORT 0 picks a free port). Prints the address it listens on.";

/// The command line: the port and the address to bind.
#[derive(Debug, PartialEq, Eq)]
struct Args {
    port: u16,
    bind: IpAddr,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut port = None;
    let mut bind = IpAddr::V4(Ipv4Addr::LOCALHOST);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                let value = args.next().ok_or("--port needs a value")?;
                port =
                    Some(value.parse::<u16>().map_err(|_| {
                        format!("--port {value:?}: expected a number from 0 to 65535")
                    })?);
            }
            "--bind" => {
                let value = args.next().ok_or("--bind needs a value")?;
                bind = value.parse().map_err(|_| {
                    format!("--bind {value:?}: expected an IP address such as 127.0.0.1")
                })?;
            }
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Args {
        port: port.ok_or("--port is required")?,
        bind,
    })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(problem) => {
            if !problem.is_empty() {
                eprintln!("legcramps-cds: {problem}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("legcramps-cds: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve(SocketAddr::new(args.bind, args.port))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("legcramps-cds: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    // The tests read this line to learn the port.
    println!("legcramps-cds listening on http://{local}/cds-services");
    axum::serve(listener, app::router()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse_args(list.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn loopback_unless_told_otherwise() {
        assert_eq!(
            args(&["--port", "8080"]),
            Ok(Args {
                port: 8080,
                bind: IpAddr::V4(Ipv4Addr::LOCALHOST)
            })
        );
        assert_eq!(
            args(&["--bind", "0.0.0.0", "--port", "0"]),
            Ok(Args {
                port: 0,
                bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED)
            })
        );
        assert_eq!(args(&[]), Err("--port is required".to_owned()));
        assert_eq!(
            args(&["--port", "70000"]),
            Err("--port \"70000\": expected a number from 0 to 65535".to_owned())
        );
        assert_eq!(
            args(&["--port", "1", "--bind", "localhost"]),
            Err("--bind \"localhost\": expected an IP address such as 127.0.0.1".to_owned())
        );
    }
}
