import ArgumentParser

// `timeline-bench`: the corpus generator and the in-process benchmarks (release build only; see
// Benchmarks/run.sh, which also times the `timeline` commands themselves).
TimelineBench.main()
