//! The `billaudit` binary: a thin command-line layer over the library.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
