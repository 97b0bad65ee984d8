package com.sroworkflow.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryLoginRepository extends JpaRepository<DirectoryLogin, String> {}
