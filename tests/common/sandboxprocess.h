// placeholder: written by the sandbox owner
