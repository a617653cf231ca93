//! Monte Carlo on a worker thread: progress, cancel, result by channel. Dropping a job cancels it.

use crate::sim::{self, Cancelled, Compiled, CompiledInputs, IndexWeights, McResult, Progress, RunOptions};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

pub struct McJob {
    progress: Arc<Progress>,
    rx: Receiver<Result<McResult, Cancelled>>,
    /// The run whose uncertainty is computed.
    pub label: String,
}

pub enum Poll {
    Running,
    Done(Box<McResult>),
    Stopped,
}

impl McJob {
    pub fn start(
        compiled: Compiled,
        inputs: CompiledInputs,
        opts: RunOptions,
        index: Option<IndexWeights>,
        runs: usize,
        seed: u64,
        label: String,
    ) -> Self {
        let progress = Arc::new(Progress::new());
        let (tx, rx) = channel();
        let p = Arc::clone(&progress);
        std::thread::spawn(move || {
            let result = sim::monte_carlo(&compiled, &inputs, &opts, index.as_ref(), runs, seed, &p);
            // The receiver may be gone (view closed or recomputed): nothing to do then.
            let _ = tx.send(result);
        });
        Self { progress, rx, label }
    }

    pub fn poll(&self) -> Poll {
        match self.rx.try_recv() {
            Ok(Ok(result)) => Poll::Done(Box::new(result)),
            Ok(Err(Cancelled)) | Err(TryRecvError::Disconnected) => Poll::Stopped,
            Err(TryRecvError::Empty) => Poll::Running,
        }
    }

    /// 0 … 1.
    pub fn fraction(&self) -> f32 {
        self.progress.fraction()
    }

    pub fn cancel(&self) {
        self.progress.request_cancel();
    }
}

impl Drop for McJob {
    fn drop(&mut self) {
        self.progress.request_cancel();
    }
}
