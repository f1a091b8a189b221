;;; emacs-probe.el --- headless Emacs 28+ / eglot probe for reclint's language server  -*- lexical-binding: t; -*-
;;
;; Opens each file, lets eglot start `node $RECLINT_SERVER --stdio', waits for the file's
;; publishDiagnostics and writes the flymake diagnostics as JSON:
;;   RECLINT_SERVER=server/out/server.js RECLINT_ROOT=<folder> RECLINT_FILES=<f1>:<f2> RECLINT_OUT=<out.json> \
;;   emacs -Q --batch -l test/editors/emacs-probe.el
;; Lines are 1-based, columns 0-based in characters; messages read "reclint [rule-id]: ...".

;; With -Q, Debian's site start is skipped: put the packaged eglot (and its deps) on the load path.
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'eglot)
(require 'json)
(require 'project)

(defvar reclint-server (or (getenv "RECLINT_SERVER") (error "RECLINT_SERVER")))
(defvar reclint-root (file-name-as-directory (or (getenv "RECLINT_ROOT") (error "RECLINT_ROOT"))))
(defvar reclint-files (split-string (or (getenv "RECLINT_FILES") (error "RECLINT_FILES")) ":" t))
(defvar reclint-out (or (getenv "RECLINT_OUT") (error "RECLINT_OUT")))
(defvar reclint-timeout (/ (string-to-number (or (getenv "RECLINT_TIMEOUT_MS") "15000")) 1000.0))

(define-derived-mode reclint-policy-mode prog-mode "reclint-policy")
(define-derived-mode reclint-ivr-mode prog-mode "reclint-ivr")
(add-to-list 'auto-mode-alist '("\\.recording-policy\\.\\(ya?ml\\|json\\)\\'" . reclint-policy-mode))
(add-to-list 'auto-mode-alist '("\\.ivr\\'" . reclint-ivr-mode))
(add-to-list 'eglot-server-programs `((reclint-policy-mode reclint-ivr-mode) . ("node" ,reclint-server "--stdio")))

;; The project is the folder given (no VCS here).
(defun reclint-probe-project (dir)
  (when (string-prefix-p reclint-root (file-name-as-directory (expand-file-name dir)))
    (cons 'transient reclint-root)))
(add-hook 'project-find-functions #'reclint-probe-project)

(setq eglot-sync-connect t
      eglot-autoreconnect nil
      flymake-no-changes-timeout nil)

(defvar reclint-published (make-hash-table :test 'equal)
  "How many publishDiagnostics each URI has had.")
(cl-defmethod eglot-handle-notification :after
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri &allow-other-keys)
  (puthash uri (1+ (gethash uri reclint-published 0)) reclint-published))

(defun reclint-fail (fmt &rest args)
  (princ (concat "emacs-probe: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun reclint-diag-json (d)
  (let* ((beg (flymake-diagnostic-beg d))
         (end (flymake-diagnostic-end d))
         (pos (lambda (p) (save-excursion (goto-char p)
                                          (list (line-number-at-pos p) (- p (line-beginning-position)))))))
    (let ((b (funcall pos beg)) (e (funcall pos end)))
      `((line . ,(nth 0 b)) (column . ,(nth 1 b)) (endLine . ,(nth 0 e)) (endColumn . ,(nth 1 e))
        (type . ,(symbol-name (flymake-diagnostic-type d)))
        (message . ,(flymake-diagnostic-text d))))))

(let ((result '()) (server nil))
  (condition-case err
      (dolist (file reclint-files)
        (let* ((buf (find-file-noselect file))
               (uri (eglot--path-to-uri (expand-file-name file))))
          (with-current-buffer buf
            (let ((before (gethash uri reclint-published 0)))
              (unless server
                (setq server (apply #'eglot (eglot--guess-contact))))
              (unless (eglot-managed-p) (eglot-ensure))
              (let ((deadline (+ (float-time) reclint-timeout)))
                (while (and (<= (gethash uri reclint-published 0) before) (< (float-time) deadline))
                  (accept-process-output nil 0.05)))
              (when (<= (gethash uri reclint-published 0) before)
                (reclint-fail "no diagnostics for %s within %ss" file reclint-timeout))
              ;; Let flymake take the report (it runs its backends on start).
              (flymake-start)
              (let ((deadline (+ (float-time) 2)))
                (while (and (null (flymake-diagnostics)) eglot--diagnostics (< (float-time) deadline))
                  (accept-process-output nil 0.05)))
              (push (cons file (vconcat (mapcar #'reclint-diag-json
                                                (sort (flymake-diagnostics)
                                                      (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
                    result)))))
    (error (reclint-fail "%S" err)))
  (with-temp-file reclint-out
    (insert (json-encode (nreverse result))))
  (ignore-errors (let ((eglot-autoreconnect nil)) (eglot-shutdown server)))
  (kill-emacs 0))
